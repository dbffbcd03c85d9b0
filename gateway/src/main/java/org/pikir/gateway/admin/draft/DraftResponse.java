package org.pikir.gateway.admin.draft;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A draft document of a forum as events-service describes it to staff: the list's summary, and with {@code versions}
 * (newest first) when asked for one draft.
 */
public record DraftResponse(Long id, Map<String, String> title, List<String> languages, boolean demonstration,
                            Integer currentVersion, Integer editingVersion, int articleCount, Instant updatedAt,
                            List<Version> versions) {

    public DraftResponse {
        languages = languages == null ? List.of() : languages;
        versions = versions == null ? List.of() : versions;
    }

    /** One version: {@code EDITING} (staff only, its structure can change) or {@code PUBLISHED} (frozen). */
    public record Version(int number, String status, Instant publishedAt, Map<String, String> changeNote,
                          List<String> languages) {

        public boolean editing() {
            return "EDITING".equals(status);
        }
    }

    /** The version numbered {@code number}, if the draft has it. */
    public java.util.Optional<Version> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** Whether a new version may be started: the newest version is published and none is being edited. */
    public boolean canStartVersion() {
        return editingVersion == null && currentVersion != null;
    }
}
