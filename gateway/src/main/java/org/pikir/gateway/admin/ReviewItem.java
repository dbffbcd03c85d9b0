package org.pikir.gateway.admin;

import org.pikir.gateway.forum.RecommendationResponse;

import java.time.Instant;

/** A recommendation as reviewers see it: with its assignee and when its answer is due. */
public record ReviewItem(Long id, String eventSlug, String title, String body, String topic, String expectedEffect,
                         String language, String authorName, String status, String visibility, String assignee,
                         int endorsementCount, Long mergedIntoId, RecommendationResponse.OfficialAnswer officialAnswer,
                         Instant answerDueAt, boolean overdue, Instant createdAt, Instant updatedAt) {
}
