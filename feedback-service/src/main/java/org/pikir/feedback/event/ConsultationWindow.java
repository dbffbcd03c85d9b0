package org.pikir.feedback.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** events-service's answer on whether an event takes feedback now. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsultationWindow(String slug, String status, boolean open, Instant opensAt, Instant closesAt) {
}
