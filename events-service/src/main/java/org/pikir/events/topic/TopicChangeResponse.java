package org.pikir.events.topic;

import java.time.Instant;
import java.util.Map;

public record TopicChangeResponse(Instant changedAt, String changedBy, String action, Map<String, String> name) {

    static TopicChangeResponse from(TopicChange change) {
        return new TopicChangeResponse(change.changedAt, change.changedBy, change.action, change.name);
    }
}
