package org.pikir.feedback.event;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsultationWindowsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final Clock clock = new Clock() {
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
            return now.get();
        }
    };
    private final AtomicInteger asked = new AtomicInteger();

    private Optional<ConsultationWindow> fetch(ConsultationWindow window) {
        asked.incrementAndGet();
        return Optional.ofNullable(window);
    }

    private static ConsultationWindow open(Instant closesAt) {
        return new ConsultationWindow("almaty", "PUBLISHED", true, T0.minusSeconds(86_400), closesAt);
    }

    @Test
    void aBurstOfSubmissionsAsksEventsServiceOnceWithinTheKeepingTime() {
        ConsultationWindows windows = new ConsultationWindows(Duration.ofSeconds(5), clock);
        ConsultationWindow window = open(T0.plusSeconds(86_400));

        for (int i = 0; i < 50; i++) {
            assertTrue(windows.get("almaty", () -> fetch(window)).orElseThrow().open());
        }
        now.set(T0.plusSeconds(4));
        windows.get("almaty", () -> fetch(window));
        assertEquals(1, asked.get());

        now.set(T0.plusSeconds(5));
        windows.get("almaty", () -> fetch(window));
        assertEquals(2, asked.get());
    }

    @Test
    void aWindowIsAskedAgainTheMomentItCloses() {
        ConsultationWindows windows = new ConsultationWindows(Duration.ofSeconds(5), clock);
        windows.get("almaty", () -> fetch(open(T0.plusSeconds(2))));

        now.set(T0.plusSeconds(2));
        ConsultationWindow closed = new ConsultationWindow("almaty", "PUBLISHED", false, T0.minusSeconds(86_400), T0.plusSeconds(2));
        assertFalse(windows.get("almaty", () -> fetch(closed)).orElseThrow().open());
        assertEquals(2, asked.get());
    }

    @Test
    void anUnknownEventIsNotKeptSoAPublishedOneIsFoundAtOnce() {
        ConsultationWindows windows = new ConsultationWindows(Duration.ofSeconds(5), clock);
        assertTrue(windows.get("new-forum", () -> fetch(null)).isEmpty());
        assertTrue(windows.get("new-forum", () -> fetch(open(T0.plusSeconds(86_400)))).isPresent());
        assertEquals(2, asked.get());
    }

    @Test
    void zeroAsksEveryTime() {
        ConsultationWindows windows = new ConsultationWindows(Duration.ZERO, clock);
        for (int i = 0; i < 3; i++) {
            windows.get("almaty", () -> fetch(open(T0.plusSeconds(86_400))));
        }
        assertEquals(3, asked.get());
    }
}
