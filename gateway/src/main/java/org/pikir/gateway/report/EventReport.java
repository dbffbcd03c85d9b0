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
                          List<TopRecommendation> topEndorsed, List<DiscussedArticleResponse> mostDiscussed,
                          List<ThemeFigures> themes, CampaignFigures campaigns) {

    public EventReport {
        topEndorsed = topEndorsed == null ? List.of() : topEndorsed;
        mostDiscussed = mostDiscussed == null ? List.of() : mostDiscussed;
        themes = themes == null ? List.of() : themes;
        campaigns = campaigns == null ? new CampaignFigures(0, 0) : campaigns;
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

    /**
     * An accepted theme of the forum's analysis ("you said, we did"): its names, how many items staff tagged with it,
     * up to three published items quoted, the official response (null until given) and the statuses of its
     * recommendations.
     */
    public record ThemeFigures(long id, Map<String, String> name, Map<String, String> description, long itemCount,
                               long comments, long recommendations, Map<String, String> response, Instant respondedAt,
                               List<Quote> quotes, Map<String, Long> dispositions) {

        public ThemeFigures {
            quotes = quotes == null ? List.of() : quotes;
            dispositions = dispositions == null ? Map.of() : dispositions;
        }
    }

    /**
     * A published comment or recommendation quoted for a theme; {@code type} is COMMENT or RECOMMENDATION; a comment's
     * {@code threadId} is the first comment of its thread (its own id unless it is a reply).
     */
    public record Quote(String type, long id, String language, String text, Long threadId) {

        /** The page that shows a quoted comment: its thread's, at the comment when it is a reply. */
        String commentPath(String forumPath) {
            return threadId == null || threadId == id ? forumPath + "/comments/" + id
                    : forumPath + "/comments/" + threadId + "#comment-" + id;
        }
    }

    /** Groups of near-identical comments and how many submissions they hold together. */
    public record CampaignFigures(long groups, long submissions) {
    }

    /** {@code removed} is {@code "by-author"} (and {@code title} null) when its author erased their data. */
    public record TopRecommendation(long id, String title, int endorsementCount, String status, boolean answered,
                                    Long groupId, Integer groupSize, String removed) {
    }
}
