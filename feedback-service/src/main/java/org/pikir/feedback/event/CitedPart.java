package org.pikir.feedback.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A statement or material of an event, as far as feedback needs it: that it exists. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CitedPart(Long id) {

    public enum Kind { STATEMENT, MATERIAL }
}
