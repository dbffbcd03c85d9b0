package org.pikir.gateway.admin;

import java.time.Instant;
import java.util.Map;

/**
 * An item waiting for a moderator, as feedback-service lists it: its text, author's pseudonym and flags; its spam score
 * (0 to 1, null until scored) and the campaign of near-identical comments it belongs to (null if none).
 */
public record ModerationQueueItem(String type, long id, String eventSlug, String title, String text, String language,
                                  String authorName, String visibility, int flagCount, int openFlagCount,
                                  Map<String, Long> flagReasons, Instant createdAt, Double spamScore, Long campaignId,
                                  Integer campaignSize) {

    public ModerationQueueItem {
        flagReasons = flagReasons == null ? Map.of() : flagReasons;
    }
}
