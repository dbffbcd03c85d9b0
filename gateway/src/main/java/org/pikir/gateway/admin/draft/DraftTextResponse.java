package org.pikir.gateway.admin.draft;

import java.util.List;
import java.util.Map;

/** One version of a draft in one language, unit by unit in document order, with the warnings staff see. */
public record DraftTextResponse(Long draftId, int version, String status, String language, List<String> languages,
                                boolean demonstration, Map<String, String> title, List<Unit> units,
                                List<Warning> warnings) {

    public DraftTextResponse {
        languages = languages == null ? List.of() : languages;
        units = units == null ? List.of() : units;
        warnings = warnings == null ? List.of() : warnings;
    }

    public boolean editing() {
        return "EDITING".equals(status);
    }

    /** A structural unit: its kind, its number as the text writes it, heading and own text; {@code key} is its anchor. */
    public record Unit(String key, String articleKey, String kind, String number, String heading, String text, int depth,
                       int position, Integer revisedIn, List<String> translations) {
    }

    /** Something an editor should look at before publishing, about the unit {@code key} and its {@code field}. */
    public record Warning(String key, String field, String message) {
    }
}
