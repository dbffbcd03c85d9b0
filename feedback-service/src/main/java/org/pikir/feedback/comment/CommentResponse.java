package org.pikir.feedback.comment;

import org.pikir.feedback.common.Visibility;
import java.time.Instant;

/** A comment as the public sees it: the author only by pseudonym. */
public record CommentResponse(
        Long id,
        String eventSlug,
        Long statementId,
        Long materialId,
        Long parentId,
        String body,
        String language,
        String authorName,
        Visibility status,
        Instant createdAt) {

    static CommentResponse from(Comment comment) {
        return new CommentResponse(comment.id, comment.eventSlug, comment.statementId, comment.materialId,
                comment.parentId, comment.body, comment.language, comment.authorName, comment.status,
                comment.createdAt);
    }
}
