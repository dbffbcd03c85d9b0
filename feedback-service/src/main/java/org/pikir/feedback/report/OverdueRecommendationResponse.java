package org.pikir.feedback.report;

import org.pikir.feedback.recommendation.RecommendationStatus;

import java.time.Instant;

/** A published recommendation still waiting for its official answer after the deadline. */
public record OverdueRecommendationResponse(
        long id,
        String title,
        String topic,
        RecommendationStatus status,
        String assignee,
        int endorsementCount,
        Instant createdAt,
        Instant answerDueAt,
        long daysOverdue) {
}
