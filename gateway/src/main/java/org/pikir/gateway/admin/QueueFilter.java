package org.pikir.gateway.admin;

import org.pikir.gateway.forum.EventsClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The moderation queue's filters as the page's address carries them, cleaned: a forum, a kind
 * ({@code comment} or {@code recommendation}), pending or flagged, the order ({@code score}: most likely spam first,
 * the default; or {@code oldest}) and the keyset cursor of the page. Anything else is dropped rather than sent on.
 */
public record QueueFilter(String event, String type, String state, String after, String order) {

    static final String BY_SCORE = "score";
    static final String OLDEST = "oldest";
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    static QueueFilter of(String event, String type, String state, String after, String order) {
        return new QueueFilter(EventsClient.possibleSlug(event) ? event : null,
                "comment".equals(type) || "recommendation".equals(type) ? type : null,
                "flagged".equals(state) ? "flagged" : "pending",
                after != null && CURSOR.matcher(after).matches() ? after : null,
                OLDEST.equals(order) ? OLDEST : BY_SCORE);
    }

    /** The same filters from the first page. */
    QueueFilter firstPage() {
        return new QueueFilter(event, type, state, null, order);
    }

    QueueFilter after(String cursor) {
        return new QueueFilter(event, type, state, cursor, order);
    }

    /** The queue page's address for these filters, with {@code extra} query parameters appended. */
    String href(String... extra) {
        List<String> query = new ArrayList<>();
        if (event != null) {
            query.add("event=" + event);
        }
        if (type != null) {
            query.add("type=" + type);
        }
        if ("flagged".equals(state)) {
            query.add("state=flagged");
        }
        if (OLDEST.equals(order)) {
            query.add("order=" + OLDEST);
        }
        if (after != null) {
            query.add("after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        }
        query.addAll(List.of(extra));
        return ModerationPages.PATH + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }
}
