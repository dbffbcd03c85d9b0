package org.pikir.feedback.comment;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.pikir.feedback.common.ModerationNotice;
import org.pikir.feedback.common.Visibility;

import java.time.Instant;
import java.util.List;

/**
 * A top-level comment, shown as the public sees comments ({@link CommentResponse}), with the first of its thread's
 * listed replies in the order they were written; {@code moreReplies} is the cursor for the rest (null when all are
 * here) and {@code replyCount} counts them all.
 */
public record ThreadResponse(
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
        List<ReplyResponse> replies,
        int replyCount,
        String moreReplies) {

    static ThreadResponse from(Comment root, List<ReplyResponse> replies, String moreReplies) {
        CommentResponse shown = CommentResponse.from(root);
        return new ThreadResponse(shown.id(), shown.eventSlug(), shown.statementId(), shown.materialId(),
                shown.parentId(), shown.draftId(), shown.draftVersion(), shown.passage(), shown.article(), shown.quote(),
                shown.body(), shown.language(), shown.authorName(), shown.status(), shown.moderation(),
                // a reply written between the two reads of a page is shown and counted alike
                shown.createdAt(), shown.editedAt(), replies, Math.max(root.replyCount, replies.size()), moreReplies);
    }
}
