package org.pikir.feedback.moderation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A moderator's decision on one item; the reason is required to hide or reject. */
public record ModerationRequest(
        @NotNull ModerationAction action,
        ModerationReason reason,
        @Size(max = ModerationRequest.MAX_NOTE) String note) {

    public static final int MAX_NOTE = 500;
}
