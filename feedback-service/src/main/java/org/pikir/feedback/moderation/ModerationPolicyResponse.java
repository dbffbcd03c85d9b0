package org.pikir.feedback.moderation;

import java.time.Instant;

/** An event's moderation policy; {@code updatedBy} and {@code updatedAt} are null while the default applies. */
public record ModerationPolicyResponse(String eventSlug, ModerationMode mode, String updatedBy, Instant updatedAt) {
}
