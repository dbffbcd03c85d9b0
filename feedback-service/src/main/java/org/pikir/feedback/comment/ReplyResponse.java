package org.pikir.feedback.comment;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.pikir.feedback.common.ModerationNotice;
import org.pikir.feedback.common.Visibility;

import java.time.Instant;

/**
 * A reply in a thread, shown as the public sees comments ({@link CommentResponse}), with how deep it sits: 1 answers
 * the top-level comment; a reply stored deeper than threads nest now is shown at the deepest level.
 */
public record ReplyResponse(
        Long id,
        String eventSlug,
        Long statementId,
        Long materialId,
        Long parentId,
        Long draftId,
        Integer draftVersion,
        String passage,
        String article,
        String quote,
        String body,
        String language,
        String authorName,
        Visibility status,
        @JsonInclude(JsonInclude.Include.NON_NULL) ModerationNotice moderation,
        Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant editedAt,
        int depth) {

    static ReplyResponse from(Comment reply, int maxDepth) {
        CommentResponse shown = CommentResponse.from(reply);
        return new ReplyResponse(shown.id(), shown.eventSlug(), shown.statementId(), shown.materialId(),
                shown.parentId(), shown.draftId(), shown.draftVersion(), shown.passage(), shown.article(), shown.quote(),
                shown.body(), shown.language(), shown.authorName(), shown.status(), shown.moderation(),
                shown.createdAt(), shown.editedAt(), Math.max(1, Math.min(reply.depth, maxDepth)));
    }
}
