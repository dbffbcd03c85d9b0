package org.pikir.gateway.forum;

import java.time.Instant;

/** A comment as feedback-service shows it to the public. */
public record CommentResponse(
        Long id,
        String eventSlug,
        String body,
        String language,
        String authorName,
        String status,
        Instant createdAt) {
}
