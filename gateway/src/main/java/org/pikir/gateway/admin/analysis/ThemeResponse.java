package org.pikir.gateway.admin.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A theme of a forum's codebook as feedback-service answers it. */
public record ThemeResponse(Long id, String eventSlug, String status, String origin, Map<String, String> name,
                            Map<String, String> description, List<String> terms, List<Quote> quotes, long itemCount,
                            long suggestedCount, Long mergedInto, Map<String, String> response, Instant respondedAt,
                            String respondedBy, Instant createdAt, Instant updatedAt, Long version) {

    public ThemeResponse {
        name = name == null ? Map.of() : name;
        description = description == null ? Map.of() : description;
        terms = terms == null ? List.of() : terms;
        quotes = quotes == null ? List.of() : quotes;
    }

    /** A representative text of a theme or campaign. */
    public record Quote(String type, long id, String language, String text) {
    }

    public boolean accepted() {
        return "ACCEPTED".equals(status);
    }

    public boolean suggested() {
        return "SUGGESTED".equals(status);
    }
}
