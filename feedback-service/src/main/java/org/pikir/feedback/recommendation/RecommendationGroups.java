package org.pikir.feedback.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.Timestamps;
import org.pikir.platform.web.PageResponse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Near-duplicate groups: a recommendation joins, when it is submitted, the group of the most similar
 * recommendation already on its event, so a mass campaign reads as one proposal with a count.
 *
 * <p>A group is a display cluster found by text similarity; it never changes a recommendation's status,
 * endorsements or answer. Merging in review ({@code MERGED}) is the reviewers' own decision, made one
 * recommendation at a time and possibly across groups: it moves endorsements and answers through the
 * target, while the merged recommendation stays a member of the group it was submitted into (it was
 * still said). So group sizes count what was submitted, and endorsement counts follow merges.
 *
 * <p>Sizes are kept in {@code recommendation_group.member_count} by a database trigger on the
 * recommendation's group and visibility (see V8__groups.sql), so moderation or deletion anywhere in the
 * service keeps them exact: rejected and deleted recommendations do not count.
 */
@ApplicationScoped
public class RecommendationGroups {

    private final EntityManager db;
    private final RecommendationRepository recommendations;
    private final GroupingConfig config;

    public RecommendationGroups(EntityManager db, RecommendationRepository recommendations, GroupingConfig config) {
        this.db = db;
        this.recommendations = recommendations;
        this.config = config;
    }

    /**
     * Puts a just-persisted recommendation into a group and fills in its {@code groupId} and {@code groupSize}.
     * Submissions on one event take turns here (a transaction-scoped advisory lock), so two similar
     * recommendations sent at the same moment still find each other; the lock is released at commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(Recommendation recommendation) {
        db.flush();
        db.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "recommendation-group:" + recommendation.eventSlug)
                .getSingleResult();
        // the % operator (served by the trigram index) reads its threshold from this setting, for this transaction only
        db.createNativeQuery("select set_config('pg_trgm.similarity_threshold', ?1, true)")
                .setParameter(1, String.valueOf(config.similarity()))
                .getSingleResult();
        // compared with each group's representative (its text is kept on the group row, trigram-indexed), not with
        // every recommendation: a campaign of thousands of near-identical texts is one group, so one comparison
        List<?> closest = db.createNativeQuery("""
                        with draft as (select title || ' ' || left(body, 2000) as text from recommendation where id = ?2)
                        select g.id from recommendation_group g, draft
                        where g.event_slug = ?1 and g.member_count > 0 and g.text % draft.text
                        order by similarity(g.text, draft.text) desc, g.id
                        limit 1""")
                .setParameter(1, recommendation.eventSlug).setParameter(2, recommendation.id)
                .getResultList();
        long groupId = closest.isEmpty() ? start(recommendation) : ((Number) closest.get(0)).longValue();
        // the trigger counts the new member in the same statement
        db.createNativeQuery("update recommendation set group_id = ?1 where id = ?2")
                .setParameter(1, groupId).setParameter(2, recommendation.id)
                .executeUpdate();
        recommendation.groupId = groupId;
        recommendation.groupSize = ((Number) db.createNativeQuery(
                        "select member_count from recommendation_group where id = ?1")
                .setParameter(1, groupId).getSingleResult()).intValue();
    }

    private long start(Recommendation recommendation) {
        return ((Number) db.createNativeQuery("""
                        insert into recommendation_group (event_slug, representative_id, member_count, created_at, text)
                        select ?1, ?2, 0, ?3, title || ' ' || left(body, 2000) from recommendation where id = ?2
                        returning id""")
                .setParameter(1, recommendation.eventSlug).setParameter(2, recommendation.id)
                .setParameter(3, recommendation.createdAt)
                .getSingleResult()).longValue();
    }

    /** An event's groups, largest first, one keyset page in one statement; only groups of at least {@code minSize}. */
    @Transactional
    public CursorPage<RecommendationGroupResponse> list(String eventSlug, int minSize, GroupCursor after, int size) {
        String keyset = after == null ? "" : " and (g.member_count, g.id) < (?4, ?5)";
        var query = db.createNativeQuery("""
                        select g.id, g.event_slug, g.representative_id, r.title, r.status, g.member_count, g.created_at
                        from recommendation_group g left join recommendation r on r.id = g.representative_id
                        where g.event_slug = ?1 and g.member_count >= ?2%s
                        order by g.member_count desc, g.id desc
                        limit ?3""".formatted(keyset))
                .setParameter(1, eventSlug).setParameter(2, minSize).setParameter(3, size + 1);
        if (after != null) {
            query.setParameter(4, after.memberCount()).setParameter(5, after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<RecommendationGroupResponse> items = rows.stream().limit(size).map(row -> new RecommendationGroupResponse(
                ((Number) row[0]).longValue(), (String) row[1], row[2] == null ? null : ((Number) row[2]).longValue(),
                (String) row[3], row[4] == null ? null : RecommendationStatus.valueOf((String) row[4]),
                ((Number) row[5]).intValue(),
                Timestamps.instant(row[6]))).toList();
        String next = rows.size() > size
                ? new GroupCursor(items.get(size - 1).memberCount(), items.get(size - 1).id()).encode()
                : null;
        return new CursorPage<>(items, next);
    }

    /**
     * The public list with one recommendation per group, largest groups first. Each group is shown by its
     * representative while that is published, else by its most endorsed published (or hidden) member.
     * Three statements: the page's ids, their rows, and the number of groups; a fourth for a signed-in
     * {@code viewer}: which of the page's recommendations they endorse.
     */
    @Transactional
    public PageResponse<RecommendationResponse> listPublic(String eventSlug, int page, int size, String viewer) {
        @SuppressWarnings("unchecked")
        List<Long> ids = ((List<Number>) db.createNativeQuery("""
                        select id from (
                            select distinct on (r.group_id) r.id, r.group_id, g.member_count
                            from recommendation r join recommendation_group g on g.id = r.group_id
                            where r.event_slug = ?1 and r.visibility in ('PUBLISHED', 'HIDDEN')
                            order by r.group_id, r.visibility = 'PUBLISHED' desc, r.id = g.representative_id desc,
                                     r.endorsement_count desc, r.id
                        ) shown
                        order by member_count desc, group_id desc
                        limit ?2 offset ?3""")
                .setParameter(1, eventSlug).setParameter(2, size).setParameter(3, (long) page * size)
                .getResultList()).stream().map(Number::longValue).toList();
        long groups = ((Number) db.createNativeQuery("""
                        select count(distinct group_id) from recommendation
                        where event_slug = ?1 and visibility in ('PUBLISHED', 'HIDDEN')""")
                .setParameter(1, eventSlug).getSingleResult()).longValue();
        List<Recommendation> found = ids.isEmpty() ? List.of()
                : new ArrayList<>(recommendations.list("id in ?1", ids));
        List<RecommendationResponse> items = found.stream()
                .sorted(Comparator.comparingInt(r -> ids.indexOf(r.id)))
                .map(RecommendationResponse::from).toList();
        return PageResponse.of(recommendations.seenBy(items, viewer), page, size, groups);
    }
}
