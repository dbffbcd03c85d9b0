package org.pikir.events.draft;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A draft with the versions the caller may see, newest first. */
public record DraftResponse(long id, Map<String, String> title, List<String> languages, boolean demonstration,
                            Integer currentVersion, Integer editingVersion, int articleCount, Instant updatedAt,
                            List<Version> versions) {

    public record Version(int number, DraftVersionStatus status, Instant publishedAt, Map<String, String> changeNote,
                          List<String> languages) {
    }

    static DraftResponse of(Draft draft, List<DraftVersion> versions, boolean staff) {
        DraftSummaryResponse summary = DraftSummaryResponse.of(draft, versions, staff);
        List<Version> shown = versions.stream().filter(v -> staff || v.isPublished())
                .map(v -> new Version(v.number, v.status, v.publishedAt, v.changeNote, List.copyOf(v.languages)))
                .toList();
        return new DraftResponse(summary.id(), summary.title(), summary.languages(), summary.demonstration(),
                summary.currentVersion(), summary.editingVersion(), summary.articleCount(), summary.updatedAt(), shown);
    }

    static String address(String slug, long id) {
        return "/api/events/" + slug + "/drafts/" + id;
    }
}
