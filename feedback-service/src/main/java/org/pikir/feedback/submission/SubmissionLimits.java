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
    /** The ten-minute windows of new comments and recommendations only. */
    static final String ITEMS = "item";
    private static final int MINUTE = 60;
    private static final int TEN_MINUTES = 600;
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
        check(counts, now, minute, day);
    }

    /**
     * Counts one new comment or recommendation for {@code subject} as {@link #take} does, and returns about how many
     * items (not flags or edits) the person submitted in the last ten minutes, this one included: the spam score's
     * burst signal. It comes from ten-minute windows of kind {@value #ITEMS}: the current one plus the part of the
     * previous one still inside the last ten minutes, pro rata, rounded up. Same single statement.
     */
    public int takeItem(String subject) {
        long now = clock.instant().getEpochSecond();
        long minute = now / MINUTE * MINUTE;
        long tenMinutes = now / TEN_MINUTES * TEN_MINUTES;
        long day = now / DAY * DAY;
        @SuppressWarnings("unchecked")
        List<Object[]> counts = db.createNativeQuery("""
                        with counted as (
                            insert into submission_window (owner_subject, kind, window_start, window_seconds, count)
                            values (?1, ?2, to_timestamp(?3), ?4, 1), (?1, ?2, to_timestamp(?5), ?6, 1),
                                   (?1, ?7, to_timestamp(?8), ?9, 1)
                            on conflict (owner_subject, kind, window_seconds, window_start)
                            do update set count = submission_window.count + 1
                            returning window_seconds, count)
                        select window_seconds, count from counted
                        union all
                        select -window_seconds, count from submission_window
                        where owner_subject = ?1 and kind = ?7 and window_seconds = ?9
                          and window_start = to_timestamp(?10)""")
                .setParameter(1, subject).setParameter(2, KIND)
                .setParameter(3, minute).setParameter(4, MINUTE)
                .setParameter(5, day).setParameter(6, DAY)
                .setParameter(7, ITEMS).setParameter(8, tenMinutes).setParameter(9, TEN_MINUTES)
                .setParameter(10, tenMinutes - TEN_MINUTES)
                .getResultList();
        Map<Integer, Integer> counted = check(counts, now, minute, day);
        return lastTenMinutes(counted.get(TEN_MINUTES), counted.getOrDefault(-TEN_MINUTES, 0), now - tenMinutes);
    }

    private Map<Integer, Integer> check(List<Object[]> counts, long now, long minute, long day) {
        Map<Integer, Integer> counted = new HashMap<>();
        counts.forEach(row -> counted.put(((Number) row[0]).intValue(), ((Number) row[1]).intValue()));
        check(counted.get(MINUTE), now, minute, MINUTE, config.perMinute(), "minute");
        check(counted.get(DAY), now, day, DAY, config.perDay(), "day");
        return counted;
    }

    /** The current window's count plus the previous window's, weighted by how much of it the last ten minutes cover. */
    static int lastTenMinutes(int current, int previous, long intoCurrent) {
        return current + (int) Math.ceil(previous * (TEN_MINUTES - intoCurrent) / (double) TEN_MINUTES);
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
