package org.pikir.gateway.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** Opens a consultation now until {@code closesAt} (none: until it is closed). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsultationWindow(Instant opensAt, Instant closesAt) {
}
