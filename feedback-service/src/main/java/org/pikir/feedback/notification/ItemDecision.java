package org.pikir.feedback.notification;

import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.recommendation.RecommendationStatus;

import java.time.Instant;

/**
 * A staff decision the author of an item is told about. Moderation and review fire it inside their
 * transaction; {@link Notifications} records it there and mails it only after the commit.
 */
public record ItemDecision(Kind kind, ItemType type, long id, String outcome, String reason, String note, Instant at) {

    public enum Kind {
        /** Published, hidden or rejected by a moderator; {@code outcome} is the visibility. */
        MODERATED,
        /** A recommendation moved along its review path; {@code outcome} is the status. */
        STATUS_CHANGED,
        /** A recommendation was given (or given a new) official answer; {@code outcome} is its status. */
        ANSWERED
    }

    public static ItemDecision moderated(ItemType type, long id, Visibility to, String reason, String note, Instant at) {
        return new ItemDecision(Kind.MODERATED, type, id, to.name(), reason, note, at);
    }

    public static ItemDecision statusChanged(long id, RecommendationStatus to, Instant at) {
        return new ItemDecision(Kind.STATUS_CHANGED, ItemType.RECOMMENDATION, id, to.name(), null, null, at);
    }

    public static ItemDecision answered(long id, RecommendationStatus status, Instant at) {
        return new ItemDecision(Kind.ANSWERED, ItemType.RECOMMENDATION, id, status.name(), null, null, at);
    }
}
