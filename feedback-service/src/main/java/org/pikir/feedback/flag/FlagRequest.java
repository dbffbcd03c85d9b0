package org.pikir.feedback.flag;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.pikir.feedback.common.ItemType;

/** What a citizen sends to flag an item. */
public record FlagRequest(
        @NotNull ItemType targetType,
        @NotNull @Positive Long targetId,
        @NotNull FlagReason reason,
        @Size(max = FlagRequest.MAX_NOTE) String note) {

    public static final int MAX_NOTE = 500;
}
