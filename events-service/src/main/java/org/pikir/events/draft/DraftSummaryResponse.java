package org.pikir.events.draft;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A draft as lists show it; {@code editingVersion} is null for the public. */
public record DraftSummaryResponse(long id, Map<String, String> title, List<String> languages, boolean demonstration,
                                   Integer currentVersion, Integer editingVersion, int articleCount, Instant updatedAt) {

    /** {@code versions} newest first; the newest the caller may see gives the languages and article count. */
    static DraftSummaryResponse of(Draft draft, List<DraftVersion> versions, boolean staff) {
        DraftVersion published = versions.stream().filter(DraftVersion::isPublished).findFirst().orElse(null);
        DraftVersion editing = staff ? versions.stream().filter(v -> !v.isPublished()).findFirst().orElse(null) : null;
        DraftVersion shown = editing != null ? editing : published;
        return new DraftSummaryResponse(draft.id, draft.title, shown == null ? List.of() : List.copyOf(shown.languages),
                draft.demonstration, published == null ? null : published.number, editing == null ? null : editing.number,
                shown == null ? 0 : shown.articleCount, draft.updatedAt);
    }
}
