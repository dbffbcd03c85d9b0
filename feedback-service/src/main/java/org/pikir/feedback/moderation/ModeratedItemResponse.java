package org.pikir.feedback.moderation;

import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Visibility;

import java.time.Instant;

/** An item after a moderator's decision, with how many open flags the decision resolved. */
public record ModeratedItemResponse(
        ItemType type,
        long id,
        String eventSlug,
        Visibility visibility,
        ModerationReason moderationReason,
        String moderationNote,
        String moderatedBy,
        Instant moderatedAt,
        int resolvedFlags) {
}
