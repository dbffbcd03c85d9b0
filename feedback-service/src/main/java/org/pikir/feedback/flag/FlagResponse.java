package org.pikir.feedback.flag;

import org.pikir.feedback.common.ItemType;

import java.time.Instant;

/** A flag as its author sees it; {@code resolved} once a moderator has decided on the item. */
public record FlagResponse(
        Long id,
        ItemType targetType,
        Long targetId,
        FlagReason reason,
        String note,
        boolean resolved,
        Instant createdAt) {

    static FlagResponse from(Flag flag) {
        return new FlagResponse(flag.id, flag.targetType, flag.targetId, flag.reason, flag.note,
                flag.resolvedAt != null, flag.createdAt);
    }
}
