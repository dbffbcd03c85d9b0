package org.pikir.feedback.common;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes Idempotency-Keys older than the retention, in small batches. Safe with several replicas:
 * each batch claims its rows with SKIP LOCKED, so replicas running at once share the work instead of
 * waiting for each other, and a row is deleted once whoever gets it.
 */
@Startup
@ApplicationScoped
public class IdempotencyKeyCleanup {

    /** Clients may retry a request for a day; keys must outlive that. */
    public static final Duration MINIMUM_RETENTION = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyCleanup.class);

    private final EntityManager db;
    private final IdempotencyConfig config;
    private final Clock clock;

    public IdempotencyKeyCleanup(EntityManager db, IdempotencyConfig config, Clock clock) {
        requireRetention(config.retention());
        this.db = db;
        this.config = config;
        this.clock = clock;
    }

    /** Refuses a retention under a day, with the setting's name, so a misconfigured service does not start. */
    public static void requireRetention(Duration retention) {
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalStateException("pikir.feedback.idempotency.retention is " + retention
                    + " but must be at least 24h: a client may retry a request for a day and must get the"
                    + " first answer back, not a second write.");
        }
    }

    @Scheduled(identity = "idempotency-key-cleanup", every = "${pikir.feedback.idempotency.cleanup-every:1h}",
            delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Deletes every key older than the retention, a batch per transaction; returns how many went. */
    public long purge() {
        Instant cutoff = clock.instant().minus(config.retention());
        int batch = config.cleanupBatch();
        long deleted = Batches.delete(db, """
                delete from idempotency_key k using (
                    select owner_subject, key from idempotency_key
                    where created_at < ?1
                    order by created_at
                    limit ?2
                    for update skip locked
                ) old
                where k.owner_subject = old.owner_subject and k.key = old.key""", cutoff, batch);
        if (deleted > 0) {
            LOG.infof("Deleted %d idempotency keys created before %s", deleted, cutoff);
        }
        return deleted;
    }
}
