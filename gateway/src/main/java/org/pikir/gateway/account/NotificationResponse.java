package org.pikir.gateway.account;

import java.time.Instant;

/**
 * A staff decision about one of the citizen's items: moderated ({@code outcome} is the visibility),
 * a review status changed ({@code outcome} is the status), or answered.
 */
public record NotificationResponse(long id, String kind, String itemType, long itemId, String eventSlug,
                                   String outcome, String reason, String note, String message, Instant createdAt,
                                   boolean read) {
}
