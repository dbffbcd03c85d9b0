package org.pikir.feedback.security;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads what the service stored, straight from its database, so a test sees the truth rather than an answer. */
final class StoredRows {

    private StoredRows() {
    }

    static long count(DataSource db, String sql, Object... parameters) {
        return Long.parseLong(one(db, sql, parameters));
    }

    /** The first column of the first row as text ({@code null} for no row or SQL null). */
    static String one(DataSource db, String sql, Object... parameters) {
        List<String> row = row(db, sql, parameters);
        return row.isEmpty() ? null : row.get(0);
    }

    /** Every column of the first row as text, empty when there is no row. */
    static List<String> row(DataSource db, String sql, Object... parameters) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<String> row = new ArrayList<>();
                if (rows.next()) {
                    for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                        row.add(rows.getString(column));
                    }
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
