package org.pikir.feedback.notification;

import org.pikir.feedback.common.ItemType;

import java.time.Instant;

/**
 * One notification as its recipient sees it: what happened to which item, and the same in a
 * sentence in the recipient's language.
 */
public record NotificationResponse(
        long id,
        ItemDecision.Kind kind,
        ItemType itemType,
        long itemId,
        String eventSlug,
        String outcome,
        String reason,
        String note,
        String message,
        Instant createdAt,
        boolean read) {

    static NotificationResponse from(Notification n, String message) {
        return new NotificationResponse(n.id, n.kind, n.targetType, n.targetId, n.eventSlug, n.outcome, n.reason,
                n.note, message, n.createdAt, n.readAt != null);
    }
}
