package org.pikir.events.event;

import java.time.Instant;

/** Opens the consultation now (or at {@code opensAt}) until {@code closesAt}; no end means open until closed. */
public record ConsultationRequest(Instant opensAt, Instant closesAt) {
}
