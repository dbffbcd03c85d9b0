package org.pikir.feedback.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** Of events-service's whole forum, what feedback needs: whether it takes feedback, and what can be cited. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Forum(ConsultationWindow consultation, List<CitedPart> statements, List<CitedPart> materials) {
}
