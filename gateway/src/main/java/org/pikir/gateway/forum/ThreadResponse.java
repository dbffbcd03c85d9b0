package org.pikir.gateway.forum;

import java.time.Instant;
import java.util.List;

/**
 * A top-level comment as feedback-service lists it in a page of threads: the comment, the first of its
 * thread's listed replies in the order they were written, how many replies it has in all, and the cursor
 * of the rest ({@code moreReplies}, null when all are here).
 */
public record ThreadResponse(
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
        List<ReplyResponse> replies,
        int replyCount,
        String moreReplies,
        Long draftId,
        Integer draftVersion,
        String passage,
        String article,
        String quote) {

    public ThreadResponse {
        replies = replies == null ? List.of() : replies;
    }

    CommentResponse comment() {
        return new CommentResponse(id, eventSlug, statementId, materialId, parentId, body, language, authorName,
                status, moderation, createdAt, editedAt, draftId, draftVersion, passage, article, quote);
    }
}
