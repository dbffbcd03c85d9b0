package org.pikir.feedback.recommendation;

/** The caller's endorsement of a recommendation and the count after it. */
public record EndorsementResponse(Long recommendationId, boolean endorsed, int endorsementCount) {
}
