package org.pikir.feedback.analysis.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.Timestamps;
import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.recommendation.GroupCursor;
import org.pikir.platform.problem.ProblemException;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The campaigns the CAMPAIGNS job found on a forum, largest first, and their members; a page is two statements. */
@ApplicationScoped
public class Campaigns {

    private static final List<String> COUNTED = List.of("PUBLISHED", "PENDING", "HIDDEN", "REJECTED");

    private final EntityManager db;

    public Campaigns(EntityManager db) {
        this.db = db;
    }

    @Transactional
    public CursorPage<CampaignResponse> page(String eventSlug, GroupCursor after, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        select id, event_slug, member_count, representative_id, language, representative_text,
                               first_at, last_at, detected_at
                        from campaign where event_slug = ?1 and (member_count, id) < (?2, ?3)
                        order by member_count desc, id desc limit ?4""")
                .setParameter(1, eventSlug)
                .setParameter(2, after == null ? Integer.MAX_VALUE : after.memberCount())
                .setParameter(3, after == null ? Long.MAX_VALUE : after.id())
                .setParameter(4, size + 1)
                .getResultList();
        List<CampaignResponse> items = responses(rows.stream().limit(size).toList());
        String next = null;
        if (rows.size() > size) {
            CampaignResponse last = items.get(size - 1);
            next = new GroupCursor(last.memberCount(), last.id()).encode();
        }
        return new CursorPage<>(items, next);
    }

    @Transactional
    public CampaignResponse get(String eventSlug, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        select id, event_slug, member_count, representative_id, language, representative_text,
                               first_at, last_at, detected_at
                        from campaign where id = ?1 and event_slug = ?2""")
                .setParameter(1, id).setParameter(2, eventSlug)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Campaign", String.valueOf(id));
        }
        return responses(rows).get(0);
    }

    /** Members oldest first; keyset on (created_at, id). */
    @Transactional
    public CursorPage<CampaignMemberResponse> members(String eventSlug, long id, Cursor after, int size) {
        get(eventSlug, id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        select c.id, c.status, c.author_name, c.created_at, c.body
                        from campaign_member m join comment c on c.id = m.comment_id
                        where m.campaign_id = ?1 and (c.created_at, c.id) > (?2, ?3)
                        order by c.created_at, c.id limit ?4""")
                .setParameter(1, id)
                .setParameter(2, after == null ? Instant.EPOCH : after.at())
                .setParameter(3, after == null ? Long.MIN_VALUE : after.id())
                .setParameter(4, size + 1)
                .getResultList();
        List<CampaignMemberResponse> items = rows.stream().limit(size)
                .map(row -> new CampaignMemberResponse(((Number) row[0]).longValue(), Visibility.valueOf((String) row[1]),
                        (String) row[2], Timestamps.instant(row[3]), (String) row[4]))
                .toList();
        String next = null;
        if (rows.size() > size) {
            CampaignMemberResponse last = items.get(size - 1);
            next = Cursor.of(last.createdAt(), last.id()).encode();
        }
        return new CursorPage<>(items, next);
    }

    private List<CampaignResponse> responses(List<Object[]> rows) {
        Map<Long, Map<String, Long>> byStatus = new HashMap<>();
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> counts = db.createNativeQuery("""
                            select m.campaign_id, c.status, count(*)
                            from campaign_member m join comment c on c.id = m.comment_id
                            where m.campaign_id in (?1) group by m.campaign_id, c.status""")
                    .setParameter(1, ids)
                    .getResultList();
            for (Object[] count : counts) {
                byStatus.computeIfAbsent(((Number) count[0]).longValue(), k -> new HashMap<>())
                        .put((String) count[1], ((Number) count[2]).longValue());
            }
        }
        return rows.stream().map(row -> {
            long id = ((Number) row[0]).longValue();
            Map<String, Long> counted = new LinkedHashMap<>();
            Map<String, Long> found = byStatus.getOrDefault(id, Map.of());
            COUNTED.forEach(status -> counted.put(status, found.getOrDefault(status, 0L)));
            Long representative = row[3] == null ? null : ((Number) row[3]).longValue();
            return new CampaignResponse(id, (String) row[1], ((Number) row[2]).intValue(),
                    new CampaignResponse.Representative("COMMENT", representative, (String) row[4], (String) row[5]),
                    Timestamps.instant(row[6]), Timestamps.instant(row[7]), Timestamps.instant(row[8]), counted);
        }).toList();
    }
}
