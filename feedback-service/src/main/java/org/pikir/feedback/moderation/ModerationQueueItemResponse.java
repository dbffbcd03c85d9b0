package org.pikir.feedback.moderation;

import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Visibility;

import java.time.Instant;
import java.util.Map;

/** An item waiting for a moderator: its text, its author's pseudonym, and what flaggers said about it. */
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
        Instant createdAt) {
}
