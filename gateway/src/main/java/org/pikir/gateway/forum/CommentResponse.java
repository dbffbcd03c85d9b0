package org.pikir.gateway.forum;

import java.time.Instant;

/**
 * A comment as feedback-service shows it to the public: the statement or material it is about, the
 * comment it answers, for a hidden one no text but the moderator's reason, and for one its author
 * deleted neither text nor name; {@code editedAt} when its author last changed its text (null: never); for one on a
 * draft text the draft, version, passage and article it is about and the words it quotes (all null otherwise).
 */
public record CommentResponse(
        Long id,
        String eventSlug,
        Long statementId,
        Long materialId,
        Long parentId,
        String body,
        String language,
        String authorName,
        String status,
        ModerationNotice moderation,
        Instant createdAt,
        Instant editedAt,
        Long draftId,
        Integer draftVersion,
        String passage,
        String article,
        String quote) {

    public boolean hidden() {
        return "HIDDEN".equals(status);
    }

    /** Deleted by its author: listed in place (its replies stay) without text or name. */
    public boolean deleted() {
        return "DELETED".equals(status);
    }

    /** Why a moderator hid an item: a reason code such as {@code SPAM}. */
    public record ModerationNotice(boolean hidden, String reason) {
    }
}
