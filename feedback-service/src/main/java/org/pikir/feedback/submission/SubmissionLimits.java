package org.pikir.feedback.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-person submission limits counted in PostgreSQL, so they hold across replicas. Counting
 * happens in the transaction of the submission: a rejected or failed submission counts nothing.
 */
@ApplicationScoped
public class SubmissionLimits {

    private static final String KIND = "submission";
    private static final int MINUTE = 60;
    private static final int DAY = 86_400;

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
        long now = clock.instant().getEpochSecond();
        long minute = now / MINUTE * MINUTE;
        long day = now / DAY * DAY;
        // both windows in one statement; a refusal below rolls both counts back with the submission
        @SuppressWarnings("unchecked")
        List<Object[]> counts = db.createNativeQuery("""
                        insert into submission_window (owner_subject, kind, window_start, window_seconds, count)
                        values (?1, ?2, to_timestamp(?3), ?4, 1), (?1, ?2, to_timestamp(?5), ?6, 1)
                        on conflict (owner_subject, kind, window_seconds, window_start)
                        do update set count = submission_window.count + 1
                        returning window_seconds, count""")
                .setParameter(1, subject).setParameter(2, KIND)
                .setParameter(3, minute).setParameter(4, MINUTE)
                .setParameter(5, day).setParameter(6, DAY)
                .getResultList();
        Map<Integer, Integer> counted = new HashMap<>();
        counts.forEach(row -> counted.put(((Number) row[0]).intValue(), ((Number) row[1]).intValue()));
        check(counted.get(MINUTE), now, minute, MINUTE, config.perMinute(), "minute");
        check(counted.get(DAY), now, day, DAY, config.perDay(), "day");
    }

    private static void check(int count, long now, long start, int windowSeconds, int limit, String unit) {
        if (count > limit) {
            long reset = Math.max(1, start + windowSeconds - now);
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
