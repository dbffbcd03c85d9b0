package org.pikir.events.draft;

import java.util.List;
import java.util.Map;

/** The comparative table of a version against the one before: one row per changed unit. */
public record TableResponse(long draftId, int version, int previousVersion, String language, List<Row> rows) {

    public record Row(String key, String articleKey, String number, DiffResponse.Change change, String before,
                      String after, Map<String, String> justification, List<Long> recommendationIds) {
    }
}
