package org.pikir.feedback.review;

import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.recommendation.Recommendation;
import org.pikir.feedback.recommendation.RecommendationResponse;
import org.pikir.feedback.recommendation.RecommendationStatus;

import java.time.Duration;
import java.time.Instant;

/** A recommendation as reviewers see it: with its assignee and when its answer is due. */
public record ReviewItemResponse(
        Long id,
        String eventSlug,
        String title,
        String body,
        String topic,
        String expectedEffect,
        String language,
        String authorName,
        RecommendationStatus status,
        Visibility visibility,
        String assignee,
        int endorsementCount,
        Long mergedIntoId,
        RecommendationResponse.OfficialAnswer officialAnswer,
        Instant answerDueAt,
        boolean overdue,
        Instant createdAt,
        Instant updatedAt) {

    static ReviewItemResponse from(Recommendation r, Duration deadline, Instant now) {
        RecommendationResponse.OfficialAnswer answer = r.officialAnswer == null ? null
                : new RecommendationResponse.OfficialAnswer(r.officialAnswer, r.answeredBy, r.answeredAt);
        Instant due = r.createdAt.plus(deadline);
        // a merged recommendation is answered through the one it was merged into
        boolean overdue = r.answeredAt == null && r.status != RecommendationStatus.MERGED && due.isBefore(now);
        return new ReviewItemResponse(r.id, r.eventSlug, r.title, r.body, r.topic, r.expectedEffect, r.language,
                r.authorName, r.status, r.visibility, r.assignedTo, r.endorsementCount, r.mergedIntoId, answer, due,
                overdue, r.createdAt, r.updatedAt);
    }
}
