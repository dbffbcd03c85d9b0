package org.pikir.feedback.moderation;

import jakarta.validation.constraints.NotNull;

/** The moderation policy a moderator sets for an event. */
public record ModerationPolicyRequest(@NotNull ModerationMode mode) {
}
