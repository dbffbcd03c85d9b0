package org.pikir.feedback.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Per-person submission limits counted in PostgreSQL, so they hold across replicas. Counting
 * happens in the transaction of the submission: a rejected or failed submission counts nothing.
 */
@ApplicationScoped
public class SubmissionLimits {

    private static final String KIND = "submission";

    private final EntityManager db;
    private final SubmissionLimitsConfig config;
    private final Clock clock;

    public SubmissionLimits(EntityManager db, SubmissionLimitsConfig config, Clock clock) {
        this.db = db;
        this.config = config;
        this.clock = clock;
    }

    /** Counts one submission for {@code subject}; answers 429 when a window is full. Call inside a transaction. */
    public void take(String subject) {
        Instant now = clock.instant();
        check(subject, now, 60, config.perMinute(), "minute");
        check(subject, now, 86_400, config.perDay(), "day");
    }

    private void check(String subject, Instant now, int windowSeconds, int limit, String unit) {
        long start = now.getEpochSecond() / windowSeconds * windowSeconds;
        Number count = (Number) db.createNativeQuery("""
                        insert into submission_window (owner_subject, kind, window_start, window_seconds, count)
                        values (?1, ?2, to_timestamp(?3), ?4, 1)
                        on conflict (owner_subject, kind, window_seconds, window_start)
                        do update set count = submission_window.count + 1
                        returning count""")
                .setParameter(1, subject).setParameter(2, KIND).setParameter(3, start).setParameter(4, windowSeconds)
                .getSingleResult();
        if (count.intValue() > limit) {
            long reset = Math.max(1, start + windowSeconds - now.getEpochSecond());
            throw new ProblemException(Problem.of("rate-limited", "Too many submissions", 429,
                    "You can submit " + limit + " items per " + unit + ". Please try again in " + reset + " seconds."),
                    Map.of("Retry-After", String.valueOf(reset),
                            "RateLimit-Limit", String.valueOf(limit),
                            "RateLimit-Remaining", "0",
                            "RateLimit-Reset", String.valueOf(reset),
                            "RateLimit-Policy", limit + ";w=" + windowSeconds));
        }
    }
}
