package org.pikir.feedback.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the "what we heard" report of a big event for a short while, so a popular report page costs one
 * computation per interval instead of one per visitor: on an event with 850,000 comments one computation takes
 * over a second (bench/scale). Only a report that took at least {@code pikir.feedback.reports.cache-above}
 * (200 ms) to compute is kept, for {@code pikir.feedback.reports.max-age} (30 s); the reports of ordinary events
 * stay exact at every request. The report says when it was generated. Visitors who ask for a report while it is being
 * computed wait for that computation and share its answer (Caffeine computes a key once at a time), so the first
 * minute of a popular report costs one computation, not one per visitor at once.
 */
@ApplicationScoped
public class ReportCache {

    /** A computed report and whether (until when) it may be served again. */
    public record Answer(EventReportResponse report, Instant keptUntil) {
        public boolean kept() {
            return keptUntil != null;
        }
    }

    private final EventReports reports;
    private final Duration maxAge;
    private final Duration cacheAbove;
    private final Clock clock;
    private final Cache<String, Answer> kept;

    public ReportCache(EventReports reports, Clock clock,
                       @ConfigProperty(name = "pikir.feedback.reports.max-age", defaultValue = "30s") Duration maxAge,
                       @ConfigProperty(name = "pikir.feedback.reports.cache-above", defaultValue = "200ms") Duration cacheAbove) {
        this.reports = reports;
        this.clock = clock;
        this.maxAge = maxAge;
        this.cacheAbove = cacheAbove;
        // the cache's time is the service's clock, so what "kept for 30 s" means is the same to both
        this.kept = Caffeine.newBuilder().maximumSize(1_000)
                .ticker(() -> {
                    Instant at = clock.instant();
                    return at.getEpochSecond() * 1_000_000_000L + at.getNano();
                })
                .expireAfter(new Expiry<String, Answer>() {
            @Override
            public long expireAfterCreate(String slug, Answer answer, long now) {
                // an answer that is not to be kept is only shared with the callers that waited for it
                return answer.kept() ? Math.max(0, Duration.between(clock.instant(), answer.keptUntil()).toNanos()) : 0;
            }

            @Override
            public long expireAfterUpdate(String slug, Answer answer, long now, long left) {
                return expireAfterCreate(slug, answer, now);
            }

            @Override
            public long expireAfterRead(String slug, Answer answer, long now, long left) {
                return left;
            }
        }).build();
    }

    public Answer report(String eventSlug) {
        return kept.get(eventSlug, this::compute);
    }

    private Answer compute(String eventSlug) {
        long start = System.nanoTime();
        EventReportResponse report = reports.report(eventSlug);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!maxAge.isZero() && !maxAge.isNegative() && took.compareTo(cacheAbove) >= 0) {
            return new Answer(report, clock.instant().plus(maxAge));
        }
        return new Answer(report, null);
    }

    /** How many more seconds a kept answer may be served, for Cache-Control. */
    public long secondsLeft(Answer answer) {
        return answer.kept() ? Math.max(0, Duration.between(clock.instant(), answer.keptUntil()).toSeconds()) : 0;
    }
}
