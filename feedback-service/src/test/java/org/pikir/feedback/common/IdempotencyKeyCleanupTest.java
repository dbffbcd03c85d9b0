package org.pikir.feedback.common;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.sql;

@QuarkusTest
class IdempotencyKeyCleanupTest {

    /** The job's "now", fixed: keys are placed around it to the second. Near the real time, so keys other tests made just now stay fresh. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    EntityManager em;

    @Inject
    DataSource db;

    @Inject
    IdempotencyConfig config;

    private void key(String owner, String key, Instant createdAt) throws SQLException {
        sql(db, """
                insert into idempotency_key (owner_subject, key, operation, request_hash, response_status, response_body, created_at)
                values ('%s', '%s', 'comment.create', 'hash', 201, '{}', '%s')""".formatted(owner, key, createdAt));
    }

    private List<String> keysOf(String owner) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select key from idempotency_key where owner_subject = '" + owner + "' order by key")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    @Test
    void theJobDeletesKeysPastTheRetentionAndKeepsTheRest() throws SQLException {
        String owner = "cleanup-" + UUID.randomUUID();
        // 2,500 old keys: more than two batches of 1,000
        sql(db, """
                insert into idempotency_key (owner_subject, key, operation, request_hash, created_at)
                select '%s', 'old-' || lpad(g::text, 5, '0'), 'comment.create', 'hash',
                       '%s'::timestamptz - interval '3 days'
                from generate_series(1, 2500) g""".formatted(owner, NOW));
        key(owner, "just-past", NOW.minus(Duration.ofHours(48)).minusSeconds(1));
        key(owner, "just-within", NOW.minus(Duration.ofHours(47)));
        key(owner, "fresh", NOW.minus(Duration.ofMinutes(5)));
        // made "after" the job's now, as by a replica whose clock runs ahead
        key(owner, "future", NOW.plus(Duration.ofHours(1)));

        var cleanup = new IdempotencyKeyCleanup(em, config, Clock.fixed(NOW, ZoneOffset.UTC));
        long deleted = cleanup.purge();

        assertTrue(deleted >= 2501, "deleted " + deleted);
        assertEquals(List.of("fresh", "future", "just-within"), keysOf(owner));
        // a second run finds nothing more of this owner's to delete
        cleanup.purge();
        assertEquals(List.of("fresh", "future", "just-within"), keysOf(owner));
    }

    @Test
    void theRetentionDefaultsTo48Hours() {
        assertEquals(Duration.ofHours(48), config.retention());
    }

    @Test
    void aRetentionUnderADayIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> IdempotencyKeyCleanup.requireRetention(Duration.ofHours(23)));
        assertTrue(refused.getMessage().contains("pikir.feedback.idempotency.retention"), refused.getMessage());
        assertTrue(refused.getMessage().contains("at least 24h"), refused.getMessage());
        IdempotencyKeyCleanup.requireRetention(Duration.ofHours(24));
    }
}
