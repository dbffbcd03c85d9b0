package org.pikir.feedback.analysis.spam;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpamScoresTest {

    @Test
    void theModelCountsOnlyOnceItHasSeenEnoughDecisionsOfEachKind() {
        assertEquals(0, SpamScores.weight(2, 100));
        assertEquals(0, SpamScores.weight(100, 2));
        assertEquals(0.2, SpamScores.weight(3, 3), 1e-9);
        assertEquals(1, SpamScores.weight(20, 20));
    }

    @Test
    void aBurstStartsAtThreeItemsInTenMinutesAndIsFullAtTen() {
        assertEquals(0, SpamScores.burst(1));
        assertEquals(0, SpamScores.burst(2));
        assertEquals(1 / 8.0, SpamScores.burst(3), 1e-9);
        assertEquals(1, SpamScores.burst(10));
        assertEquals(1, SpamScores.burst(50));
    }

    @Test
    void eitherEvidenceRaisesTheScoreAndNoneLeavesItAtZero() {
        assertEquals(0, SpamScores.combine(0.99, 0, 0));
        assertEquals(0.6, SpamScores.combine(0.99, 0, 0.6), 1e-9);
        assertEquals(0.99, SpamScores.combine(0.99, 1, 0), 1e-9);
        assertEquals(1 - 0.5 * 0.4, SpamScores.combine(0.5, 1, 0.6), 1e-9);
        assertTrue(SpamScores.naiveBayes(10, 10, 8) > 0.99);
        assertTrue(SpamScores.naiveBayes(10, 10, -8) < 0.01);
        assertEquals(0.5, SpamScores.naiveBayes(10, 10, 0), 1e-9);
    }

    @Test
    void tokensAreTheNormalisedWordsOfTwoLettersOrMore() {
        assertEquals(java.util.List.of("купите", "часы", "на", "www", "shop", "kz"),
                SpamTokens.of("КУПИТЕ часы!!! 50% на www.shop.kz — а"));
    }
}
