package org.pikir.gateway.draft;

import java.util.List;
import java.util.Map;

/** The comparative table of version {@code version} against {@code previousVersion}: one row per changed unit. */
public record ComparativeTableResponse(long draftId, int version, int previousVersion, String language,
                                       List<Row> rows) {

    public ComparativeTableResponse {
        rows = rows == null ? List.of() : rows;
    }

    /** A changed unit's previous and new wording and the editors' justification, with the recommendations it answers. */
    public record Row(String key, String articleKey, String number, String change, String before, String after,
                      Map<String, String> justification, List<Long> recommendationIds) {

        public Row {
            justification = justification == null ? Map.of() : justification;
            recommendationIds = recommendationIds == null ? List.of() : recommendationIds;
        }
    }
}
