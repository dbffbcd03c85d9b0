package org.pikir.gateway.admin;

import org.pikir.gateway.forum.EventsClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The review queue's filters as the page's address carries them, cleaned; anything else is dropped. */
public record ReviewFilter(String event, String status, boolean mine, boolean unanswered, boolean overdue,
                           String after) {

    static final List<String> STATUSES = List.of("SUBMITTED", "UNDER_REVIEW", "ACCEPTED", "PARTIALLY_ACCEPTED",
            "REJECTED", "MERGED");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    static ReviewFilter of(String event, String status, String mine, String unanswered, String overdue, String after) {
        return new ReviewFilter(EventsClient.possibleSlug(event) ? event : null,
                status != null && STATUSES.contains(status) ? status : null, "true".equals(mine), "true".equals(unanswered),
                "true".equals(overdue), after != null && CURSOR.matcher(after).matches() ? after : null);
    }

    ReviewFilter firstPage() {
        return new ReviewFilter(event, status, mine, unanswered, overdue, null);
    }

    ReviewFilter after(String cursor) {
        return new ReviewFilter(event, status, mine, unanswered, overdue, cursor);
    }

    String href() {
        List<String> query = new ArrayList<>();
        if (event != null) {
            query.add("event=" + event);
        }
        if (status != null) {
            query.add("status=" + status);
        }
        if (mine) {
            query.add("mine=true");
        }
        if (unanswered) {
            query.add("unanswered=true");
        }
        if (overdue) {
            query.add("overdue=true");
        }
        if (after != null) {
            query.add("after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        }
        return ReviewPages.PATH + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }
}
