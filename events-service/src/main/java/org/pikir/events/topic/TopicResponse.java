package org.pikir.events.topic;

import java.time.Instant;
import java.util.Map;

public record TopicResponse(String slug, Map<String, String> name, Instant updatedAt) {

    static TopicResponse from(Topic topic) {
        return new TopicResponse(topic.slug, topic.name, topic.updatedAt);
    }
}
