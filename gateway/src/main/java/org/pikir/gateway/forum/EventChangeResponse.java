package org.pikir.gateway.forum;

import java.time.Instant;
import java.util.Map;

/** One entry of a forum's public history: when, which staff account, what kind of change, and its details. */
public record EventChangeResponse(Instant changedAt, String changedBy, String action, Map<String, Object> detail) {

    public EventChangeResponse {
        detail = detail == null ? Map.of() : detail;
    }
}
