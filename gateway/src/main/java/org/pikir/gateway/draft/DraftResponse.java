package org.pikir.gateway.draft;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One draft with all its versions, newest first, as events-service answers {@code GET …/drafts/{id}}. */
public record DraftResponse(Long id, Map<String, String> title, List<String> languages, boolean demonstration,
                            Integer currentVersion, Integer editingVersion, int articleCount, Instant updatedAt,
                            List<Version> versions) {

    public DraftResponse {
        title = title == null ? Map.of() : title;
        languages = languages == null ? List.of() : languages;
        versions = versions == null ? List.of() : versions;
    }

    /** A version: {@code EDITING} (staff only) or {@code PUBLISHED}, with its change note per language. */
    public record Version(int number, String status, Instant publishedAt, Map<String, String> changeNote,
                          List<String> languages) {
    }
}
