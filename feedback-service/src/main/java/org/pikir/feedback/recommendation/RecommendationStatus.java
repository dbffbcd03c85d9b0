package org.pikir.feedback.recommendation;

/** Where a recommendation stands in the public body's review. */
public enum RecommendationStatus {
    SUBMITTED,
    UNDER_REVIEW,
    ACCEPTED,
    PARTIALLY_ACCEPTED,
    REJECTED,
    MERGED
}
