package org.pikir.gateway.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** A forum's moderation policy: PRE holds new items until a moderator publishes them, POST shows them at once. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModerationPolicy(String eventSlug, String mode, String updatedBy, Instant updatedAt) {

    static ModerationPolicy of(String mode) {
        return new ModerationPolicy(null, mode, null, null);
    }
}
