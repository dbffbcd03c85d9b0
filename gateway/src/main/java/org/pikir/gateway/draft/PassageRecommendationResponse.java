package org.pikir.gateway.draft;

import org.pikir.gateway.forum.CommentResponse;
import org.pikir.gateway.forum.RecommendationResponse;

import java.time.Instant;

/**
 * A recommendation on a draft as feedback-service lists it: the passage and version it is about, the words it
 * quotes and the wording it proposes, with its review status, endorsements and official answer; asked with a token,
 * whether the reader endorses it ({@code endorsedByMe}) and wrote it ({@code mine}), else both null.
 */
public record PassageRecommendationResponse(
        Long id,
        String eventSlug,
        String title,
        String body,
        String language,
        String authorName,
        String status,
        String visibility,
        int endorsementCount,
        RecommendationResponse.OfficialAnswer officialAnswer,
        CommentResponse.ModerationNotice moderation,
        Instant createdAt,
        String removed,
        Long draftId,
        Integer draftVersion,
        String passage,
        String article,
        String quote,
        String proposedWording,
        Boolean endorsedByMe,
        Boolean mine) {

    public boolean hidden() {
        return "HIDDEN".equals(visibility);
    }

    public boolean removedByAuthor() {
        return "by-author".equals(removed);
    }

    /** The signed-in reader wrote it (false when asked anonymously). */
    public boolean byReader() {
        return Boolean.TRUE.equals(mine);
    }
}
