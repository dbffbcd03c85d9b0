package org.pikir.gateway.draft;

import org.pikir.gateway.forum.CommentResponse;
import org.pikir.gateway.forum.ReplyResponse;

import java.time.Instant;
import java.util.List;

/**
 * A top-level comment on a draft as feedback-service lists it in a page of threads: the passage ({@code passage},
 * the unit's key; {@code article}, its article's key) and version it is about, the words it quotes, and the first
 * of its replies (which are about the same passage).
 */
public record PassageThreadResponse(
        Long id,
        String eventSlug,
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

    public PassageThreadResponse {
        replies = replies == null ? List.of() : replies;
    }

    public boolean hidden() {
        return "HIDDEN".equals(status);
    }

    public boolean deleted() {
        return "DELETED".equals(status);
    }
}
