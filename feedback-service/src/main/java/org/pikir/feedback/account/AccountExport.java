package org.pikir.feedback.account;

import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.notification.NotificationResponse;

import java.time.Instant;
import java.util.List;

/** Everything feedback-service holds about one person, as they download it. */
public record AccountExport(
        Instant exportedAt,
        ProfileResponse profile,
        List<MyItemResponse> comments,
        List<MyItemResponse> recommendations,
        List<Endorsement> endorsements,
        List<FlagGiven> flags,
        List<NotificationResponse> notifications) {

    /** A recommendation the person endorses. */
    public record Endorsement(long recommendationId, String eventSlug, String title, Instant endorsedAt) {
    }

    /** A report the person made about someone else's item. */
    public record FlagGiven(ItemType targetType, long targetId, String reason, String note, Instant flaggedAt,
                            Instant resolvedAt) {
    }
}
