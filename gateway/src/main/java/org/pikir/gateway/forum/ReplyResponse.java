package org.pikir.gateway.forum;

import java.time.Instant;

/** A reply in a thread as feedback-service lists it, with how deep it sits: 1 answers the top-level comment, 3 at most. */
public record ReplyResponse(
        Long id,
        String eventSlug,
        Long statementId,
        Long materialId,
        Long parentId,
        String body,
        String language,
        String authorName,
        String status,
        CommentResponse.ModerationNotice moderation,
        Instant createdAt,
        Instant editedAt,
        int depth,
        Long draftId,
        Integer draftVersion,
        String passage,
        String article,
        String quote) {

    CommentResponse comment() {
        return new CommentResponse(id, eventSlug, statementId, materialId, parentId, body, language, authorName,
                status, moderation, createdAt, editedAt, draftId, draftVersion, passage, article, quote);
    }
}
