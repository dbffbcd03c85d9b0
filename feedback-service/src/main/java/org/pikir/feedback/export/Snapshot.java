package org.pikir.feedback.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A read-only, repeatable-read transaction on a connection of its own, for reading any number of
 * rows with constant memory: PostgreSQL hands them over through a cursor, {@code fetchSize} at a
 * time (the driver does so only outside auto-commit). Kept outside JTA on purpose, so a long
 * download is not cut off by the transaction timeout meant for requests.
 */
final class Snapshot implements AutoCloseable {

    /** Receives a query's open result set (positioned before the first row) and walks it. */
    interface ResultHandler {
        void rows(ResultSet rows) throws SQLException, IOException;
    }

    private final Connection connection;
    private final int fetchSize;

    private Snapshot(Connection connection, int fetchSize) {
        this.connection = connection;
        this.fetchSize = fetchSize;
    }

    static Snapshot open(DataSource dataSource, int fetchSize) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("set transaction isolation level repeatable read, read only");
            }
            return new Snapshot(connection, fetchSize);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Runs {@code sql} with {@code parameters} and hands its open result set to {@code handler}. */
    void query(String sql, ResultHandler handler, Object... parameters) throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(fetchSize);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                handler.rows(rows);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } finally {
            connection.close();
        }
    }
}
