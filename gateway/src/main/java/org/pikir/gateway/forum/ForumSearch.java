package org.pikir.gateway.forum;

import java.util.List;
import java.util.Locale;

/**
 * A search from the home page, cleaned so events-service never refuses it: words, a consultation
 * state, a city and a topic, each optional. Anything unusable is dropped rather than answered with an error.
 */
public record ForumSearch(String query, String status, String city, String topic) {

    public static final ForumSearch NONE = new ForumSearch(null, null, null, null);
    public static final List<String> STATUSES = List.of("upcoming", "open", "closed", "archived");

    // events-service's limits on these parameters
    private static final int MAX_QUERY = 200;
    private static final int MAX_CITY = 120;
    private static final int MAX_TOPIC = 60;

    public static ForumSearch of(String query, String status, String city, String topic) {
        String state = status == null ? null : status.strip().toLowerCase(Locale.ROOT);
        return new ForumSearch(clean(query, MAX_QUERY), state != null && STATUSES.contains(state) ? state : null,
                clean(city, MAX_CITY), clean(topic, MAX_TOPIC));
    }

    public boolean active() {
        return query != null || status != null || city != null || topic != null;
    }

    /** The search box shows what was searched for, or nothing. */
    public String queryText() {
        return query == null ? "" : query;
    }

    private static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() <= max) {
            return stripped;
        }
        // never cut a character that takes two UTF-16 units in half
        int end = Character.isHighSurrogate(stripped.charAt(max - 1)) ? max - 1 : max;
        return stripped.substring(0, end).strip();
    }
}
