package org.pikir.feedback.recommendation;

import java.time.Instant;

/**
 * A group of near-duplicate recommendations as staff see it: what it says (its representative, the
 * recommendation that started it; null if that was deleted outright) and how many said it.
 */
public record RecommendationGroupResponse(
        long id,
        String eventSlug,
        Long representativeId,
        String representativeTitle,
        RecommendationStatus representativeStatus,
        int memberCount,
        Instant createdAt) {
}
