package org.pikir.gateway.forum;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeSpanTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    void timesOfOneDayAreShownAsClockTimesInTheForumsZone() {
        TimeSpan span = TimeSpan.of(Instant.parse("2026-02-25T05:00:00Z"), Instant.parse("2026-02-25T09:30:00Z"),
                ALMATY, "ru");
        assertEquals("10:00", span.startText());
        assertEquals("14:30", span.endText());
        assertEquals("2026-02-25T10:00+05:00", span.startIso());
        assertEquals("Asia/Almaty, UTC+05:00", span.zoneText());
    }

    @Test
    void timesOnDifferentDaysCarryTheirDates() {
        TimeSpan span = TimeSpan.of(Instant.parse("2026-02-25T05:00:00Z"), Instant.parse("2026-02-26T05:00:00Z"),
                ALMATY, "en");
        assertTrue(span.startText().contains("February 25, 2026"), span.startText());
        assertTrue(span.endText().contains("February 26, 2026"), span.endText());
        assertEquals("2026-02-26T10:00+05:00", span.endIso());
    }

    @Test
    void anUnknownStartLeavesOnlyTheEndAndNoTimesNoSpan() {
        TimeSpan span = TimeSpan.of(null, Instant.parse("2026-02-25T09:00:00Z"), ZoneId.of("UTC"), "en");
        assertFalse(span.hasStart());
        assertEquals("09:00", span.endText());
        assertEquals("UTC, UTC+00:00", span.zoneText());
        assertNull(TimeSpan.of(null, null, ALMATY, "en"));
    }
}
