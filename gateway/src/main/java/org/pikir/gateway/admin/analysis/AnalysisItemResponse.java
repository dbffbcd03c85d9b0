package org.pikir.gateway.admin.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A comment or recommendation as the analysis list shows it: its themes (confirmed or suggested) and the note. */
public record AnalysisItemResponse(String type, long id, String eventSlug, String language, String title, String text,
                                   String status, Instant createdAt, String authorName, List<ItemTheme> themes,
                                   boolean noTheme, String note, Long campaignId, Double spamScore, Long draftId,
                                   String article) {

    public AnalysisItemResponse {
        themes = themes == null ? List.of() : themes;
    }

    public record ItemTheme(long id, Map<String, String> name, boolean suggested, Double score) {
    }
}
