package org.pikir.gateway.forum;

import java.util.Map;

/** A topic of events-service's catalogue: the slug events and recommendations carry, and its name per language. */
public record TopicResponse(String slug, Map<String, String> name) {
}
