package org.pikir.feedback.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.pikir.feedback.recommendation.RecommendationStatus;

/** Moves a recommendation along its review path; {@code mergeInto} names the target when the status is MERGED. */
public record ReviewStatusRequest(@NotNull RecommendationStatus status, @Positive Long mergeInto) {
}
