package org.pikir.feedback.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.pikir.feedback.analysis.theme.ReportedTheme;
import org.pikir.feedback.recommendation.RecommendationStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * "What we heard" on one event: figures computed from the feedback, with no personal data.
 * {@code byVisibility} counts every item; the other breakdowns count what the public sees listed
 * (published, or hidden by a moderator and shown in place). {@code mostDiscussed}: the articles of the event's draft
 * documents with the most listed comments and recommendations together, at most ten. {@code themes}: "you said, we
 * did", the accepted themes of the forum's analysis, most items first; {@code campaigns}: near-identical comment
 * campaigns found on the forum.
 */
public record EventReportResponse(
        String eventSlug,
        Instant generatedAt,
        CommentFigures comments,
        RecommendationFigures recommendations,
        AnswerFigures answers,
        List<TopRecommendation> topEndorsed,
        List<DiscussedArticle> mostDiscussed,
        List<ReportedTheme> themes,
        ReportedTheme.Campaigns campaigns) {

    /** {@code byTarget}: on the event as a whole, on one of its statements, or on one of its materials. */
    public record CommentFigures(long listed, Map<String, Long> byVisibility, Map<String, Long> byLanguage,
                                 Map<String, Long> byTarget) {
    }

    public record RecommendationFigures(long listed, Map<String, Long> byVisibility, Map<String, Long> byStatus,
                                        Map<String, Long> byLanguage, List<TopicCount> byTopic) {
    }

    /** {@code topic} is null for recommendations given no topic. */
    public record TopicCount(String topic, long count) {
    }

    /**
     * Answers to published, not merged recommendations (a merged one is answered through the one it
     * joined). {@code answeredShare} is 0 to 1; {@code medianDaysToAnswer} is null until one is answered;
     * {@code overdue} counts unanswered ones older than {@code answerDeadline} (ISO-8601).
     */
    public record AnswerFigures(long answerable, long answered, double answeredShare, Double medianDaysToAnswer,
                                long overdue, String answerDeadline) {
    }

    /** {@code removed} is {@code "by-author"} (and {@code title} null) when its author erased their data. */
    public record TopRecommendation(long id, String title, int endorsementCount, RecommendationStatus status,
                                    boolean answered, Long groupId, Integer groupSize,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) String removed) {
    }

    /** An article of a draft document and its listed comments (replies included) and recommendations. */
    public record DiscussedArticle(long draftId, String article, long comments, long recommendations) {
    }
}
