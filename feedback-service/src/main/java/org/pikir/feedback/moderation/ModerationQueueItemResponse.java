package org.pikir.feedback.moderation;

import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Visibility;

import java.time.Instant;
import java.util.Map;

/**
 * An item waiting for a moderator: its text, its author's pseudonym, what flaggers said about it, its spam score and
 * the campaign it belongs to.
 */
public record ModerationQueueItemResponse(
        ItemType type,
        long id,
        String eventSlug,
        String title,
        String text,
        String language,
        String authorName,
        Visibility visibility,
        int flagCount,
        int openFlagCount,
        Map<String, Long> flagReasons,
        Instant createdAt,
        /* 0..1, higher = more likely spam; null for items older than the spam score */
        Float spamScore,
        /* the campaign of near-identical comments this comment is one of, and its size; null if none */
        Long campaignId,
        Integer campaignSize) {
}
