package org.pikir.feedback.submission;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.pikir.feedback.common.Batches;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes submission-limit windows that no limit or burst count reads any more (the longest, a day, is over two days
 * ago), in batches; replicas share the work with SKIP LOCKED as {@code IdempotencyKeyCleanup} does. Without it the
 * table would keep a row per active person and minute for ever.
 */
@ApplicationScoped
public class SubmissionWindowCleanup {

    static final Duration KEPT = Duration.ofDays(2);
    private static final int BATCH = 5000;
    private static final Logger LOG = Logger.getLogger(SubmissionWindowCleanup.class);

    private final EntityManager db;
    private final Clock clock;

    public SubmissionWindowCleanup(EntityManager db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Scheduled(identity = "submission-window-cleanup", every = "${pikir.feedback.limits.cleanup-every:1h}",
            delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Deletes every window that started before {@link #KEPT} ago, a batch per transaction; returns how many went. */
    public long purge() {
        Instant cutoff = clock.instant().minus(KEPT);
        long deleted = Batches.delete(db, """
                delete from submission_window w using (
                    select owner_subject, kind, window_seconds, window_start from submission_window
                    where window_start < ?1
                    limit ?2
                    for update skip locked
                ) old
                where w.owner_subject = old.owner_subject and w.kind = old.kind
                  and w.window_seconds = old.window_seconds and w.window_start = old.window_start""", cutoff, BATCH);
        if (deleted > 0) {
            LOG.infof("Deleted %d submission-limit windows started before %s", deleted, cutoff);
        }
        return deleted;
    }
}
