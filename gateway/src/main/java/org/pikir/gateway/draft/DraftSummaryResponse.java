package org.pikir.gateway.draft;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A draft text of a forum as events-service lists it (in the forum's answer and its drafts list): its titles, the
 * languages it has texts in, whether it is a demonstration text, its newest published version and, for staff only,
 * the version being edited.
 */
public record DraftSummaryResponse(Long id, Map<String, String> title, List<String> languages, boolean demonstration,
                                   Integer currentVersion, Integer editingVersion, int articleCount,
                                   Instant updatedAt) {

    public DraftSummaryResponse {
        title = title == null ? Map.of() : title;
        languages = languages == null ? List.of() : languages;
    }

    /** Public once version 1 is published. */
    public boolean published() {
        return id != null && currentVersion != null && currentVersion > 0;
    }
}
