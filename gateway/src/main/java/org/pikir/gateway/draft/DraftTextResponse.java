package org.pikir.gateway.draft;

import java.util.List;
import java.util.Map;

/**
 * The text of one version of a draft in one language, unit by unit in document order. {@code warnings} are for
 * staff (null for the public).
 */
public record DraftTextResponse(long draftId, int version, String status, String language, List<String> languages,
                                boolean demonstration, Map<String, String> title, List<Unit> units,
                                List<Warning> warnings) {

    public DraftTextResponse {
        languages = languages == null ? List.of() : languages;
        title = title == null ? Map.of() : title;
        units = units == null ? List.of() : units;
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    /**
     * One structural unit: {@code kind} PART, CHAPTER, ARTICLE, PARAGRAPH, SUBPOINT or TEXT; {@code key} its stable
     * id and HTML anchor; {@code articleKey} the key of its article (null outside articles); {@code revisedIn} the
     * newest version, up to this one, that changed it.
     */
    public record Unit(String key, String articleKey, String kind, String number, String heading, String text,
                       int depth, int position, Integer revisedIn, List<String> translations) {

        public Unit {
            translations = translations == null ? List.of() : translations;
        }

        public boolean article() {
            return "ARTICLE".equals(kind);
        }
    }

    /** What the import or the structure looks wrong about: the unit, the field, in words. */
    public record Warning(String key, String field, String message) {
    }
}
