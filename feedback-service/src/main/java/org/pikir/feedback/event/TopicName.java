package org.pikir.feedback.event;

import java.util.Map;

/** A topic of events-service's catalogue: the slug recommendations carry and its name per language. */
public record TopicName(String slug, Map<String, String> name) {
}
