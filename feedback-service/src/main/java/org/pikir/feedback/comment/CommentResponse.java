package org.pikir.feedback.comment;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.pikir.feedback.common.ModerationNotice;
import org.pikir.feedback.common.Visibility;

import java.time.Instant;

/**
 * A comment as the public sees it: the author only by pseudonym; a hidden one without its text or its author's name;
 * one deleted by its author (status DELETED) without text or name. {@code editedAt}: when its author last changed
 * its text, left out when never (or when the text is not shown). On a draft document: the draft, the version its
 * author read, the passage (a unit's key; null on the whole draft), its article's key and the words quoted (shown
 * with the text); all null otherwise.
 */
public record CommentResponse(
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
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant editedAt) {

    static CommentResponse from(Comment comment) {
        boolean hidden = comment.status == Visibility.HIDDEN;
        boolean deleted = comment.status == Visibility.DELETED;
        return new CommentResponse(comment.id, comment.eventSlug, comment.statementId, comment.materialId,
                comment.parentId, comment.draftId, comment.draftVersion, comment.passageKey, comment.articleKey,
                hidden || deleted ? null : comment.quote, hidden || deleted ? null : comment.body, comment.language,
                hidden || deleted ? null : comment.authorName, comment.status,
                hidden ? ModerationNotice.hiddenFor(comment.moderationReason) : null, comment.createdAt,
                hidden || deleted ? null : comment.editedAt);
    }
}
