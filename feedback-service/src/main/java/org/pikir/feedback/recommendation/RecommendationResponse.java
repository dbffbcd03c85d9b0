package org.pikir.feedback.recommendation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.pikir.feedback.common.ModerationNotice;
import org.pikir.feedback.common.Visibility;

import java.time.Instant;

/**
 * A recommendation as the public sees it, with its review status and the official answer; a hidden one without its
 * text. {@code endorsedByMe} says whether the signed-in caller endorses it, and is left out for anonymous callers.
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
        RecommendationStatus status,
        Visibility visibility,
        int endorsementCount,
        Long mergedIntoId,
        Long groupId,
        Integer groupSize,
        @JsonInclude(JsonInclude.Include.NON_NULL) OfficialAnswer officialAnswer,
        @JsonInclude(JsonInclude.Include.NON_NULL) ModerationNotice moderation,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean endorsedByMe) {

    /** The public body's answer: what it says, on whose behalf, and when. */
    public record OfficialAnswer(String text, String answeredBy, Instant answeredAt) {
    }

    static RecommendationResponse from(Recommendation r) {
        OfficialAnswer answer = r.officialAnswer == null ? null
                : new OfficialAnswer(r.officialAnswer, r.answeredBy, r.answeredAt);
        boolean hidden = r.visibility == Visibility.HIDDEN;
        return new RecommendationResponse(r.id, r.eventSlug, r.statementId, r.materialId, hidden ? null : r.title,
                hidden ? null : r.body, r.topic, hidden ? null : r.expectedEffect, r.language, r.authorName, r.status,
                r.visibility, r.endorsementCount, r.mergedIntoId, r.groupId, r.groupSize, answer,
                hidden ? ModerationNotice.hiddenFor(r.moderationReason) : null, r.createdAt, r.updatedAt, null);
    }

    /** The same recommendation as seen by a signed-in caller who does or does not endorse it. */
    RecommendationResponse endorsedByMe(boolean endorsed) {
        return new RecommendationResponse(id, eventSlug, statementId, materialId, title, body, topic, expectedEffect,
                language, authorName, status, visibility, endorsementCount, mergedIntoId, groupId, groupSize,
                officialAnswer, moderation, createdAt, updatedAt, endorsed);
    }
}
