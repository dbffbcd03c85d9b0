package org.pikir.gateway.forum;

/** Whether the signed-in person endorses a recommendation, and its count. */
public record EndorsementResponse(Long recommendationId, boolean endorsed, int endorsementCount) {
}
