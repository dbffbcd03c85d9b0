package org.pikir.gateway.forum;

import java.time.Instant;

/**
 * A recommendation as feedback-service shows it to the public: its review status, endorsements and
 * the official answer; a hidden one without its title and text but with the moderator's reason.
 * {@code endorsedByMe} says whether the signed-in user endorses it and {@code mine} whether they wrote it (both null
 * when asked anonymously); {@code removed} is {@code "by-author"} when its author erased their data.
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
        Boolean endorsedByMe,
        Boolean mine,
        String removed) {

    public boolean hidden() {
        return "HIDDEN".equals(visibility);
    }

    /** Its author erased their data: listed for its counts, without title, text or name. */
    public boolean removedByAuthor() {
        return "by-author".equals(removed);
    }

    /** The signed-in reader wrote it (false when asked anonymously). */
    public boolean byReader() {
        return Boolean.TRUE.equals(mine);
    }

    /** The public body's answer: what it says, on whose behalf, and when. */
    public record OfficialAnswer(String text, String answeredBy, Instant answeredAt) {
    }
}
