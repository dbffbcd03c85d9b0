package org.pikir.feedback.report;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCacheTest {

    /** Reports that take as long as told, counted; no database. */
    private static class TimedReports extends EventReports {
        final AtomicInteger computed = new AtomicInteger();
        volatile long millis;

        TimedReports() {
            super(null, null, null, null);
        }

        @Override
        public EventReportResponse report(String eventSlug) {
            computed.incrementAndGet();
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new EventReportResponse(eventSlug, Instant.now(), null, null, null, null, null, null, null);
        }
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aQuickReportIsComputedAtEveryRequest() {
        TimedReports reports = new TimedReports();
        ReportCache cache = new ReportCache(reports, new MovableClock(), Duration.ofSeconds(30), Duration.ofMillis(200));
        ReportCache.Answer first = cache.report("almaty");
        ReportCache.Answer second = cache.report("almaty");
        assertEquals(2, reports.computed.get());
        assertFalse(first.kept());
        assertFalse(second.kept());
        assertEquals(0, cache.secondsLeft(second));
    }

    @Test
    void aSlowReportIsKeptForItsMaxAgeThenComputedAgain() {
        TimedReports reports = new TimedReports();
        reports.millis = 30;
        MovableClock clock = new MovableClock();
        ReportCache cache = new ReportCache(reports, clock, Duration.ofSeconds(30), Duration.ofMillis(20));
        ReportCache.Answer first = cache.report("big");
        assertTrue(first.kept());
        assertEquals(30, cache.secondsLeft(first));

        clock.now = clock.now.plusSeconds(10);
        ReportCache.Answer again = cache.report("big");
        assertSame(first, again);
        assertEquals(1, reports.computed.get());
        assertEquals(20, cache.secondsLeft(again));
        // another event is its own entry
        cache.report("other");
        assertEquals(2, reports.computed.get());

        clock.now = clock.now.plusSeconds(21);
        cache.report("big");
        assertEquals(3, reports.computed.get());
    }

    @Test
    void visitorsArrivingWhileASlowReportIsComputedShareThatOneComputation() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        TimedReports reports = new TimedReports() {
            @Override
            public EventReportResponse report(String eventSlug) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.report(eventSlug);
            }
        };
        ReportCache cache = new ReportCache(reports, new MovableClock(), Duration.ofSeconds(30), Duration.ZERO);
        ExecutorService visitors = Executors.newFixedThreadPool(8);
        try {
            List<Thread> threads = new CopyOnWriteArrayList<>();
            List<Future<ReportCache.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(visitors.submit(() -> {
                    threads.add(Thread.currentThread());
                    return cache.report("popular");
                }));
            }
            // every visitor is in: one computes (held by the latch), the seven others wait for it
            while (threads.size() < 8 || threads.stream().anyMatch(t -> t.getState() == Thread.State.RUNNABLE)) {
                Thread.onSpinWait();
            }
            release.countDown();
            ReportCache.Answer first = answers.get(0).get();
            for (Future<ReportCache.Answer> answer : answers) {
                assertSame(first, answer.get());
            }
            assertEquals(1, reports.computed.get());
        } finally {
            visitors.shutdownNow();
        }
    }

    @Test
    void aZeroMaxAgeKeepsNothing() {
        TimedReports reports = new TimedReports();
        reports.millis = 5;
        ReportCache cache = new ReportCache(reports, new MovableClock(), Duration.ZERO, Duration.ZERO);
        cache.report("big");
        assertFalse(cache.report("big").kept());
        assertEquals(2, reports.computed.get());
    }
}
