package org.pikir.events.history;

import java.time.Instant;
import java.util.Map;

public record EventChangeResponse(Instant changedAt, String changedBy, String action, Map<String, Object> detail) {

    static EventChangeResponse from(EventChange change) {
        return new EventChangeResponse(change.changedAt, change.changedBy, change.action, change.detail);
    }
}
