package org.pikir.platform.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void aLostConnectionDeepInTheCausesIsAnOutage() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        RuntimeException wrapped = new IllegalStateException("could not execute statement", new RuntimeException(lost));
        assertTrue(DatabaseOutage.causedBy(wrapped));
    }

    @Test
    void aServerShuttingDownIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void aPoolThatCannotConnectIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new SQLTransientConnectionException("Connection is not available")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException())));
    }

    @Test
    void aDeadlockOrSerializationFailureIsACollisionNotAnOutage() {
        SQLException deadlock = new SQLException("deadlock detected", "40P01");
        assertTrue(DatabaseOutage.collided(new IllegalStateException("could not execute", deadlock)));
        assertTrue(DatabaseOutage.collided(new SQLException("could not serialize access", "40001")));
        assertFalse(DatabaseOutage.causedBy(deadlock));
        assertFalse(DatabaseOutage.collided(new SQLException("duplicate key value violates unique constraint", "23505")));
        assertFalse(DatabaseOutage.collided(new SQLException("connection lost", "08006")));
    }

    @Test
    void constraintViolationsAndCodingErrorsAreNot() {
        assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key value violates unique constraint", "23505")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseOutage.causedBy(new NullPointerException()));
    }
}
