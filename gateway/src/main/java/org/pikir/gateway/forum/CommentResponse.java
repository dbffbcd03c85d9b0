package org.pikir.gateway.forum;

import java.time.Instant;

/** A comment as feedback-service shows it to the public, and the statement or material it is about, if any. */
public record CommentResponse(
        Long id,
        String eventSlug,
        Long statementId,
        Long materialId,
        String body,
        String language,
        String authorName,
        String status,
        Instant createdAt) {
}
