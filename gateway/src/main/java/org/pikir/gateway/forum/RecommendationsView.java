package org.pikir.gateway.forum;

import java.util.List;

/**
 * The recommendations section of a forum page: one page of the list (most endorsed first), links to
 * the pages before and after, whether the list could be read at all, and where to submit one.
 */
public record RecommendationsView(List<RecommendationView> items, boolean shown, long total, String previousHref,
                                  String nextHref, String submitHref, String signInToSubmit) {

    public static RecommendationsView unavailable() {
        return new RecommendationsView(List.of(), false, 0, null, null, null, null);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
