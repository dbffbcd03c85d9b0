package org.pikir.feedback.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.analysis.theme.ThemeReports;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.Timestamps;
import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.recommendation.RecommendationStatus;
import org.pikir.feedback.report.EventReportResponse.AnswerFigures;
import org.pikir.feedback.report.EventReportResponse.CommentFigures;
import org.pikir.feedback.report.EventReportResponse.DiscussedArticle;
import org.pikir.feedback.report.EventReportResponse.RecommendationFigures;
import org.pikir.feedback.report.EventReportResponse.TopRecommendation;
import org.pikir.feedback.report.EventReportResponse.TopicCount;
import org.pikir.feedback.review.ReviewConfig;
import org.pikir.platform.text.ContentLanguage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Computes the "what we heard" report of an event in PostgreSQL: nine statements whatever the
 * amount of feedback, read from one snapshot so the figures agree with each other. An event with no
 * feedback (or none known) gets a report of zeros; events-service is not asked, so the report stays
 * available when it is down.
 */
@ApplicationScoped
public class EventReports {

    private static final int TOP = 10;
    /** Answerable: published and not merged (a merged recommendation is answered through the one it joined). */
    private static final String ANSWERABLE = "event_slug = ?1 and visibility = 'PUBLISHED' and status <> 'MERGED'";

    private final EntityManager db;
    private final ReviewConfig review;
    private final ThemeReports themes;
    private final Clock clock;

    public EventReports(EntityManager db, ReviewConfig review, ThemeReports themes, Clock clock) {
        this.db = db;
        this.review = review;
        this.themes = themes;
        this.clock = clock;
    }

    @Transactional
    public EventReportResponse report(String eventSlug) {
        db.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        Instant now = clock.instant();
        return new EventReportResponse(eventSlug, now, comments(eventSlug), recommendations(eventSlug),
                answers(eventSlug, now.minus(review.answerDeadline())), top(eventSlug), mostDiscussed(eventSlug),
                themes.themes(eventSlug), themes.campaigns(eventSlug));
    }

    /** Unanswered answerable recommendations past the deadline, longest overdue first, one keyset page. */
    @Transactional
    public CursorPage<OverdueRecommendationResponse> overdue(String eventSlug, Cursor after, int size) {
        Instant now = clock.instant();
        Duration deadline = review.answerDeadline();
        String keyset = after == null ? "" : " and (created_at, id) > (?4, ?5)";
        var query = db.createNativeQuery("""
                        select id, nullif(title, ''), topic, status, assigned_to, endorsement_count, created_at,
                               author_subject
                        from recommendation
                        where %s and answered_at is null and created_at < ?2%s
                        order by created_at, id
                        limit ?3""".formatted(ANSWERABLE, keyset))
                .setParameter(1, eventSlug).setParameter(2, now.minus(deadline)).setParameter(3, size + 1);
        if (after != null) {
            query.setParameter(4, after.at()).setParameter(5, after.id());
        }
        List<Object[]> rows = rows(query.getResultList());
        List<OverdueRecommendationResponse> items = rows.stream().limit(size).map(row -> {
            Instant created = Timestamps.instant(row[6]);
            Instant due = created.plus(deadline);
            return new OverdueRecommendationResponse(number(row[0]), (String) row[1], (String) row[2],
                    RecommendationStatus.valueOf((String) row[3]), (String) row[4], (int) number(row[5]), created, due,
                    Duration.between(due, now).toDays(), Author.erased((String) row[7]) ? Author.REMOVED_BY_AUTHOR : null);
        }).toList();
        String next = rows.size() > size
                ? Cursor.of(items.get(size - 1).createdAt(), items.get(size - 1).id()).encode()
                : null;
        return new CursorPage<>(items, next);
    }

    private CommentFigures comments(String eventSlug) {
        Map<String, Long> byVisibility = zeros(Stream.of(Visibility.values()).map(Enum::name).toList());
        Map<String, Long> byLanguage = zeros(ContentLanguage.CODES);
        Map<String, Long> byTarget = zeros(List.of("EVENT", "STATEMENT", "MATERIAL"));
        // one pass: every comment by visibility; listed ones by language and by what they are on
        for (Object[] row : rows(db.createNativeQuery("""
                        select case when grouping(status) = 0 then 'visibility'
                                    when grouping(language) = 0 then 'language' else 'target' end,
                               coalesce(status, language, target),
                               case when grouping(status) = 0 then count(*)
                                    else count(*) filter (where status in ('PUBLISHED', 'HIDDEN')) end
                        from (select status, language,
                                     case when statement_id is not null then 'STATEMENT'
                                          when material_id is not null then 'MATERIAL' else 'EVENT' end as target
                              from comment where event_slug = ?1) c
                        group by grouping sets ((status), (language), (target))""")
                .setParameter(1, eventSlug).getResultList())) {
            Map<String, Long> into = switch ((String) row[0]) {
                case "visibility" -> byVisibility;
                case "language" -> byLanguage;
                default -> byTarget;
            };
            into.put((String) row[1], number(row[2]));
        }
        return new CommentFigures(listed(byVisibility), byVisibility, byLanguage, byTarget);
    }

    private RecommendationFigures recommendations(String eventSlug) {
        Map<String, Long> byVisibility = zeros(Stream.of(Visibility.values()).map(Enum::name).toList());
        Map<String, Long> byStatus = zeros(Stream.of(RecommendationStatus.values()).map(Enum::name).toList());
        Map<String, Long> byLanguage = zeros(ContentLanguage.CODES);
        List<TopicCount> byTopic = new ArrayList<>();
        // one pass: every recommendation by visibility; listed ones by review status, language and topic
        for (Object[] row : rows(db.createNativeQuery("""
                        select case when grouping(visibility) = 0 then 'visibility'
                                    when grouping(status) = 0 then 'status'
                                    when grouping(language) = 0 then 'language' else 'topic' end,
                               coalesce(visibility, status, language, topic),
                               case when grouping(visibility) = 0 then count(*)
                                    else count(*) filter (where visibility in ('PUBLISHED', 'HIDDEN')) end
                        from recommendation where event_slug = ?1
                        group by grouping sets ((visibility), (status), (language), (topic))""")
                .setParameter(1, eventSlug).getResultList())) {
            String key = (String) row[1];
            long count = number(row[2]);
            switch ((String) row[0]) {
                case "visibility" -> byVisibility.put(key, count);
                case "status" -> byStatus.put(key, count);
                case "language" -> byLanguage.put(key, count);
                default -> {
                    if (count > 0) {
                        byTopic.add(new TopicCount(key, count));
                    }
                }
            }
        }
        byTopic.sort(Comparator.comparingLong(TopicCount::count).reversed()
                .thenComparing(TopicCount::topic, Comparator.nullsLast(Comparator.naturalOrder())));
        return new RecommendationFigures(listed(byVisibility), byVisibility, byStatus, byLanguage, byTopic);
    }

    private AnswerFigures answers(String eventSlug, Instant dueBefore) {
        Object[] row = (Object[]) db.createNativeQuery("""
                        select count(*), count(answered_at),
                               round(extract(epoch from percentile_cont(0.5) within group
                                   (order by answered_at - created_at)) / 86400, 2),
                               count(*) filter (where answered_at is null and created_at < ?2)
                        from recommendation where %s""".formatted(ANSWERABLE))
                .setParameter(1, eventSlug).setParameter(2, dueBefore)
                .getSingleResult();
        long answerable = number(row[0]);
        long answered = number(row[1]);
        double share = answerable == 0 ? 0 : Math.round(answered * 10_000.0 / answerable) / 10_000.0;
        Double median = row[2] == null ? null : ((Number) row[2]).doubleValue();
        return new AnswerFigures(answerable, answered, share, median, number(row[3]),
                review.answerDeadline().toString());
    }

    private List<TopRecommendation> top(String eventSlug) {
        return rows(db.createNativeQuery("""
                        select r.id, nullif(r.title, ''), r.endorsement_count, r.status, r.answered_at is not null,
                               r.group_id, g.member_count, r.author_subject
                        from recommendation r left join recommendation_group g on g.id = r.group_id
                        where r.event_slug = ?1 and r.visibility = 'PUBLISHED'
                        order by r.endorsement_count desc, r.id
                        limit ?2""")
                .setParameter(1, eventSlug).setParameter(2, TOP).getResultList()).stream()
                .map(row -> new TopRecommendation(number(row[0]), (String) row[1], (int) number(row[2]),
                        RecommendationStatus.valueOf((String) row[3]), (Boolean) row[4],
                        row[5] == null ? null : number(row[5]), row[6] == null ? null : (int) number(row[6]),
                        Author.erased((String) row[7]) ? Author.REMOVED_BY_AUTHOR : null))
                .toList();
    }

    /** From the per-passage counters (V18__draft_passages.sql): a few rows per passage, never the comments. */
    private List<DiscussedArticle> mostDiscussed(String eventSlug) {
        return rows(db.createNativeQuery("""
                        select draft_id, article_key, sum(comments), sum(recommendations)
                        from draft_passage_count
                        where event_slug = ?1 and article_key is not null
                        group by draft_id, article_key
                        having sum(comments) + sum(recommendations) > 0
                        order by sum(comments) + sum(recommendations) desc, sum(comments) desc, draft_id, article_key
                        limit ?2""")
                .setParameter(1, eventSlug).setParameter(2, TOP).getResultList()).stream()
                .map(row -> new DiscussedArticle(number(row[0]), (String) row[1], number(row[2]), number(row[3])))
                .toList();
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, 0L));
        return counts;
    }

    private static long listed(Map<String, Long> byVisibility) {
        return byVisibility.get(Visibility.PUBLISHED.name()) + byVisibility.get(Visibility.HIDDEN.name());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static long number(Object column) {
        return ((Number) column).longValue();
    }
}
