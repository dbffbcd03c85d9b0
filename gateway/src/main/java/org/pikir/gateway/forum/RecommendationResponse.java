package org.pikir.gateway.forum;

import java.time.Instant;

/**
 * A recommendation as feedback-service shows it to the public: its review status, endorsements and
 * the official answer; a hidden one without its title and text but with the moderator's reason.
 * {@code endorsedByMe} says whether the signed-in user endorses it (null when asked anonymously).
 */
public record RecommendationResponse(
        Long id,
        String eventSlug,
        Long statementId,
        Long materialId,
        String title,
        String body,
        String topic,
        String expectedEffect,
        String language,
        String authorName,
        String status,
        String visibility,
        int endorsementCount,
        Long mergedIntoId,
        OfficialAnswer officialAnswer,
        CommentResponse.ModerationNotice moderation,
        Instant createdAt,
        Instant updatedAt,
        Boolean endorsedByMe) {

    public boolean hidden() {
        return "HIDDEN".equals(visibility);
    }

    /** The public body's answer: what it says, on whose behalf, and when. */
    public record OfficialAnswer(String text, String answeredBy, Instant answeredAt) {
    }
}
