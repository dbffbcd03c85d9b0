package org.pikir.feedback.submission;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubmissionLimitsTest {

    @Test
    void theLastTenMinutesTakeTheCurrentWindowAndWhatOfThePreviousOneIsStillInside() {
        assertEquals(1, SubmissionLimits.lastTenMinutes(1, 0, 0));
        // a second into a new window, nearly all of the previous one is within ten minutes
        assertEquals(10, SubmissionLimits.lastTenMinutes(4, 6, 1));
        // half way, half of it (rounded up: a burst is not missed for a fraction)
        assertEquals(3 + 3, SubmissionLimits.lastTenMinutes(3, 6, 300));
        assertEquals(3 + 1, SubmissionLimits.lastTenMinutes(3, 1, 599));
    }
}
