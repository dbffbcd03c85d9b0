package org.pikir.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Recognises a failure that is the database being unreachable (restarting, shutting down, the pool
 * unable to connect) rather than a fault in the request or the code: the client should retry later.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        return find(failure) != null;
    }

    /**
     * Whether the database aborted the request's transaction because it collided with another one (SQLSTATE 40P01
     * deadlock detected, 40001 serialization failure): nothing was written, and the same request sent again succeeds.
     */
    static boolean collided(Throwable failure) {
        return causes(failure).anyMatch(cause -> cause instanceof SQLException sql
                && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState())));
    }

    /** A failure and its causes, outermost first. */
    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, cause -> cause.getCause() == cause ? null : cause.getCause());
    }

    static String describe(Throwable failure) {
        Throwable cause = find(failure);
        return cause == null ? failure.toString() : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static Throwable find(Throwable failure) {
        return causes(failure).filter(cause -> cause instanceof SQLTransientConnectionException
                        || cause instanceof SQLNonTransientConnectionException
                        || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())
                        // the connection pool gave up waiting for a connection it could not open
                        || cause instanceof SQLException && cause.getCause() instanceof TimeoutException)
                .findFirst().orElse(null);
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (admin/crash shutdown, cannot connect now). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
