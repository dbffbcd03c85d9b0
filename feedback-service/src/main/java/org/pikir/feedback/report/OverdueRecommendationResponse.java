package org.pikir.feedback.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.pikir.feedback.recommendation.RecommendationStatus;

import java.time.Instant;

/**
 * A published recommendation still waiting for its official answer after the deadline; {@code removed} is
 * {@code "by-author"} (and {@code title} null) when its author erased their data.
 */
public record OverdueRecommendationResponse(
        long id,
        String title,
        String topic,
        RecommendationStatus status,
        String assignee,
        int endorsementCount,
        Instant createdAt,
        Instant answerDueAt,
        long daysOverdue,
        @JsonInclude(JsonInclude.Include.NON_NULL) String removed) {
}
