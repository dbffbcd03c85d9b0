package org.pikir.gateway.forum;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A forum's topic by its name in the visitor's language, leading to the home page's list of forums on that topic. */
public record TopicLink(String slug, String name, String href) {

    static TopicLink of(String slug, String name) {
        return new TopicLink(slug, name, "/?topic=" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
    }

    /** The named ones of {@code slugs}; a topic the catalogue does not name is left out, never shown as its slug. */
    static List<TopicLink> named(List<String> slugs, Map<String, String> names) {
        return slugs.stream().filter(Objects::nonNull).distinct()
                .filter(names::containsKey).map(slug -> of(slug, names.get(slug))).toList();
    }
}
