package org.pikir.gateway.report;

import org.pikir.gateway.draft.DiscussedArticleResponse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * "What we heard" on one forum as feedback-service computes it: counts of comments and
 * recommendations by visibility, review status, language, topic and what they are about; how many
 * were answered and how fast; the most endorsed; the most discussed articles of its draft texts. No personal data.
 */
public record EventReport(String eventSlug, Instant generatedAt, CommentFigures comments,
                          RecommendationFigures recommendations, AnswerFigures answers,
                          List<TopRecommendation> topEndorsed, List<DiscussedArticleResponse> mostDiscussed) {

    public EventReport {
        topEndorsed = topEndorsed == null ? List.of() : topEndorsed;
        mostDiscussed = mostDiscussed == null ? List.of() : mostDiscussed;
    }

    public record CommentFigures(long listed, Map<String, Long> byVisibility, Map<String, Long> byLanguage,
                                 Map<String, Long> byTarget) {
    }

    public record RecommendationFigures(long listed, Map<String, Long> byVisibility, Map<String, Long> byStatus,
                                        Map<String, Long> byLanguage, List<TopicCount> byTopic) {
    }

    /** {@code topic} is null for recommendations given none. */
    public record TopicCount(String topic, long count) {
    }

    /** {@code answeredShare} 0 to 1; {@code medianDaysToAnswer} null until one is answered; {@code answerDeadline} ISO-8601. */
    public record AnswerFigures(long answerable, long answered, double answeredShare, Double medianDaysToAnswer,
                                long overdue, String answerDeadline) {
    }

    /** {@code removed} is {@code "by-author"} (and {@code title} null) when its author erased their data. */
    public record TopRecommendation(long id, String title, int endorsementCount, String status, boolean answered,
                                    Long groupId, Integer groupSize, String removed) {
    }
}
