package org.pikir.gateway.forum;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A forum's topic, leading to the home page's list of forums on that topic. */
public record TopicLink(String name, String href) {

    static TopicLink of(String topic) {
        return new TopicLink(topic, "/?topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8));
    }
}
