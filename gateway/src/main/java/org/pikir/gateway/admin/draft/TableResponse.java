package org.pikir.gateway.admin.draft;

import java.util.List;
import java.util.Map;

/** The comparative table of a version against the one before: one row per changed unit, in one language's wording. */
public record TableResponse(Long draftId, int version, Integer previousVersion, String language, List<Row> rows) {

    public TableResponse {
        rows = rows == null ? List.of() : rows;
    }

    /** A changed unit: its wording before and after, and the justification with the recommendations it rests on. */
    public record Row(String key, String articleKey, String number, String change, String before, String after,
                      Map<String, String> justification, List<Long> recommendationIds) {

        public Row {
            justification = justification == null ? Map.of() : justification;
            recommendationIds = recommendationIds == null ? List.of() : recommendationIds;
        }
    }
}
