package org.pikir.feedback.analysis.item;

import org.pikir.feedback.common.ItemType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A comment or recommendation as an analyst sees it: its text, its themes (suggested ones flagged, with the machine's
 * score), whether it was marked as having no theme, and the analyst's internal note. {@code title} is a
 * recommendation's; {@code campaignId} a comment's.
 */
public record AnalysisItemResponse(ItemType type, long id, String eventSlug, String language, String title, String text,
                                   String status, Instant createdAt, String authorName, List<ItemTheme> themes,
                                   boolean noTheme, String note, Long campaignId, Float spamScore, Long draftId,
                                   String article) {

    public record ItemTheme(long id, Map<String, String> name, boolean suggested, Float score) {
    }
}
