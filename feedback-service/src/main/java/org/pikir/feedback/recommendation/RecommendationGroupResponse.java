package org.pikir.feedback.recommendation;

import java.time.Instant;

/** A group of near-duplicate recommendations as staff see it: what it says (its representative) and how many said it. */
public record RecommendationGroupResponse(
        long id,
        String eventSlug,
        long representativeId,
        String representativeTitle,
        RecommendationStatus representativeStatus,
        int memberCount,
        Instant createdAt) {
}
