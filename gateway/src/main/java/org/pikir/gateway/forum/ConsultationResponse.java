package org.pikir.gateway.forum;

import java.time.Instant;

/** events-service's view of whether an event takes feedback now. */
public record ConsultationResponse(String slug, String status, boolean open, Instant opensAt, Instant closesAt) {
}
