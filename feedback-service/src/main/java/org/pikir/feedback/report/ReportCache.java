package org.pikir.feedback.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * stay exact at every request. The report says when it was generated.
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
    private final Cache<String, Answer> kept = Caffeine.newBuilder().maximumSize(1_000).build();

    public ReportCache(EventReports reports, Clock clock,
                       @ConfigProperty(name = "pikir.feedback.reports.max-age", defaultValue = "30s") Duration maxAge,
                       @ConfigProperty(name = "pikir.feedback.reports.cache-above", defaultValue = "200ms") Duration cacheAbove) {
        this.reports = reports;
        this.clock = clock;
        this.maxAge = maxAge;
        this.cacheAbove = cacheAbove;
    }

    public Answer report(String eventSlug) {
        Instant now = clock.instant();
        Answer known = kept.getIfPresent(eventSlug);
        if (known != null && now.isBefore(known.keptUntil())) {
            return known;
        }
        long start = System.nanoTime();
        EventReportResponse report = reports.report(eventSlug);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!maxAge.isZero() && !maxAge.isNegative() && took.compareTo(cacheAbove) >= 0) {
            Answer answer = new Answer(report, clock.instant().plus(maxAge));
            kept.put(eventSlug, answer);
            return answer;
        }
        kept.invalidate(eventSlug);
        return new Answer(report, null);
    }

    /** How many more seconds a kept answer may be served, for Cache-Control. */
    public long secondsLeft(Answer answer) {
        return answer.kept() ? Math.max(0, Duration.between(clock.instant(), answer.keptUntil()).toSeconds()) : 0;
    }
}
