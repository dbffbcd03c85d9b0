package org.pikir.feedback.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.analysis.spam.SpamScores;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Timestamps;
import org.pikir.feedback.common.Visibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The moderators' work list: pending or flagged comments and recommendations, oldest first or most likely spam
 * first, one keyset page at a time. A page costs two statements: the items, then the open flags' reasons.
 */
@ApplicationScoped
public class ModerationQueue {

    /**
     * Comments with their campaign, a member's spam score raised to at least the campaign signal (the CAMPAIGNS job
     * records members in campaign_member and leaves comment rows alone). PostgreSQL pulls this up into the query, so
     * the comment indexes still serve it.
     */
    private static final String COMMENTS_WITH_CAMPAIGNS = """
            (select c.id, c.event_slug, c.body, c.language, c.author_name, c.status, c.flag_count, c.open_flag_count,
                    c.created_at, m.campaign_id, k.member_count,
                    case when m.comment_id is null then c.spam_score
                         else greatest(coalesce(c.spam_score, 0), cast(%s as real)) end as spam_score
             from comment c left join campaign_member m on m.comment_id = c.id
                  left join campaign k on k.id = m.campaign_id) comment""".formatted(SpamScores.CAMPAIGN_SIGNAL);

    /** Which items a moderator wants to see. */
    public enum State { PENDING, FLAGGED }

    /** Oldest first, or most likely spam first (unscored items last). */
    public enum Order { OLDEST, SCORE }

    private final EntityManager db;

    public ModerationQueue(EntityManager db) {
        this.db = db;
    }

    @Transactional
    public CursorPage<ModerationQueueItemResponse> page(String eventSlug, ItemType onlyType, State state,
                                                        Order order, QueueCursor after, int size) {
        List<ItemType> types = onlyType == null ? Arrays.asList(ItemType.values()) : List.of(onlyType);
        List<Object> parameters = new ArrayList<>();
        List<String> branches = new ArrayList<>();
        for (ItemType type : types) {
            branches.add(branch(type, eventSlug, state, order, after, size + 1, parameters));
        }
        String sql = "select * from (" + String.join(" union all ", branches) + ") queued"
                + " order by " + (order == Order.SCORE ? "spam_score desc nulls last, " : "")
                + "created_at, kind, id limit " + (size + 1);
        var query = db.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Object[]> page = rows.stream().limit(size).toList();
        Map<String, Map<String, Long>> reasons = openFlagReasons(page);
        List<ModerationQueueItemResponse> items = page.stream().map(row -> item(row, reasons)).toList();
        String next = null;
        if (rows.size() > size) {
            ModerationQueueItemResponse last = items.get(size - 1);
            next = new QueueCursor(order == Order.SCORE, last.spamScore(),
                    new Cursor(last.createdAt(), last.type(), last.id())).encode();
        }
        return new CursorPage<>(items, next);
    }

    /**
     * One kind's part of the page; its keyset condition places its rows after the cursor in (score desc nulls last,
     * time, kind, id) order, or (time, kind, id) when oldest first.
     */
    private static String branch(ItemType type, String eventSlug, State state, Order order, QueueCursor after,
                                 int limit, List<Object> parameters) {
        String visibility = type.visibilityColumn();
        boolean comment = type == ItemType.COMMENT;
        StringBuilder sql = new StringBuilder("(select '").append(type.name()).append("' as kind, id, event_slug, ")
                .append(comment ? "cast(null as varchar) as title" : "title")
                .append(", body, language, author_name, ").append(visibility).append(" as visibility,")
                .append(" flag_count, open_flag_count, created_at, spam_score, ")
                .append(comment ? "campaign_id, member_count" : "cast(null as bigint), cast(null as integer)")
                .append(" from ").append(comment ? COMMENTS_WITH_CAMPAIGNS : type.table())
                .append(state == State.PENDING ? " where " + visibility + " = 'PENDING'" : " where open_flag_count > 0");
        if (eventSlug != null) {
            parameters.add(eventSlug);
            sql.append(" and event_slug = ?").append(parameters.size());
        }
        if (after != null) {
            String tie = tie(type, after.position(), parameters);
            if (order != Order.SCORE) {
                sql.append(" and ").append(tie);
            } else if (after.score() == null) {
                sql.append(" and spam_score is null and ").append(tie);
            } else {
                parameters.add(after.score());
                int score = parameters.size();
                sql.append(" and (spam_score < cast(?").append(score).append(" as real) or spam_score is null")
                        .append(" or (spam_score = cast(?").append(score).append(" as real) and ").append(tie)
                        .append("))");
            }
        }
        return sql.append(" order by ").append(order == Order.SCORE ? "spam_score desc nulls last, " : "")
                .append("created_at, id limit ").append(limit).append(")").toString();
    }

    /** Rows after the cursor's (time, kind, id) among rows of the same score. */
    private static String tie(ItemType type, Cursor after, List<Object> parameters) {
        parameters.add(after.at());
        int at = parameters.size();
        int order = after.type() == null ? 0 : type.compareTo(after.type());
        if (order == 0) {
            parameters.add(after.id());
            return "(created_at, id) > (?" + at + ", ?" + parameters.size() + ")";
        }
        return (order > 0 ? "created_at >= ?" : "created_at > ?") + at;
    }

    private Map<String, Map<String, Long>> openFlagReasons(List<Object[]> page) {
        List<Long> comments = idsOf(page, ItemType.COMMENT);
        List<Long> recommendations = idsOf(page, ItemType.RECOMMENDATION);
        Map<String, Map<String, Long>> reasons = new LinkedHashMap<>();
        if (comments.isEmpty() && recommendations.isEmpty()) {
            return reasons;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        select target_type, target_id, reason, count(*) from flag
                        where resolved_at is null
                          and ((target_type = 'COMMENT' and target_id in (?1))
                            or (target_type = 'RECOMMENDATION' and target_id in (?2)))
                        group by target_type, target_id, reason
                        order by count(*) desc, reason""")
                .setParameter(1, comments.isEmpty() ? List.of(-1L) : comments)
                .setParameter(2, recommendations.isEmpty() ? List.of(-1L) : recommendations)
                .getResultList();
        for (Object[] row : rows) {
            reasons.computeIfAbsent(row[0] + ":" + row[1], k -> new LinkedHashMap<>())
                    .put((String) row[2], ((Number) row[3]).longValue());
        }
        return reasons;
    }

    private static List<Long> idsOf(List<Object[]> rows, ItemType type) {
        return rows.stream().filter(row -> type.name().equals(row[0])).map(row -> ((Number) row[1]).longValue()).toList();
    }

    private static ModerationQueueItemResponse item(Object[] row, Map<String, Map<String, Long>> reasons) {
        long id = ((Number) row[1]).longValue();
        Instant createdAt = Timestamps.instant(row[10]);
        return new ModerationQueueItemResponse(ItemType.valueOf((String) row[0]), id, (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], (String) row[6], Visibility.valueOf((String) row[7]),
                ((Number) row[8]).intValue(), ((Number) row[9]).intValue(),
                reasons.getOrDefault(row[0] + ":" + id, Map.of()), createdAt,
                row[11] == null ? null : ((Number) row[11]).floatValue(),
                row[12] == null ? null : ((Number) row[12]).longValue(),
                row[13] == null ? null : ((Number) row[13]).intValue());
    }
}
