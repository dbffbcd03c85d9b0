package org.pikir.feedback.recommendation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.draft.DraftFilter;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepository<Recommendation> {

    public enum Order { NEWEST, TOP }

    public static final List<Visibility> LISTED = List.of(Visibility.PUBLISHED, Visibility.HIDDEN);

    /**
     * What the public lists: published recommendations and, in place, hidden ones (shown without their text); only
     * those on one draft document, article or passage of the event (over the indexes of V18__draft_passages.sql,
     * newest first as for the whole event) when {@code draft} is given, only those in one review {@code status} when
     * it is.
     */
    public PanacheQuery<Recommendation> listedOn(String eventSlug, Order order, DraftFilter draft,
                                                 RecommendationStatus status) {
        Sort sort = order == Order.TOP
                ? Sort.descending("endorsementCount").and("id", Sort.Direction.Descending)
                : Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        Map<String, Object> parameters = new HashMap<>(Map.of("event", eventSlug, "listed", LISTED));
        StringBuilder query = new StringBuilder("eventSlug = :event and visibility in :listed");
        if (draft != null) {
            parameters.put("draft", draft.draftId());
            query.append(" and draftId = :draft");
            if (draft.key() != null) {
                parameters.put("key", draft.key());
                query.append(draft.scope() == DraftFilter.Scope.ARTICLE ? " and articleKey = :key" : " and passageKey = :key");
            }
        }
        if (status != null) {
            parameters.put("status", status);
            query.append(" and status = :status");
        }
        return find(query.toString(), sort, parameters);
    }

    /**
     * How many recommendations {@link #listedOn(String, Order, DraftFilter, RecommendationStatus)} finds without a
     * status, from the per-passage counters.
     */
    public long listedCount(String eventSlug, DraftFilter draft) {
        if (draft == null) {
            return listedCount(eventSlug);
        }
        var query = getEntityManager().createNativeQuery(
                        "select coalesce(sum(recommendations), 0) from draft_passage_count where event_slug = :event and "
                                + draft.condition())
                .setParameter("event", eventSlug).setParameter("draft", draft.draftId());
        if (draft.key() != null) {
            query.setParameter("key", draft.key());
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * How many recommendations {@link #listedOn} finds on the event, from the counters the database keeps
     * (V13__recommendation_counts.sql): a few rows, however many recommendations the event has.
     */
    public long listedCount(String eventSlug) {
        return ((Number) getEntityManager().createNativeQuery(
                        "select coalesce(sum(listed), 0) from recommendation_count where event_slug = :event")
                .setParameter("event", eventSlug).getSingleResult()).longValue();
    }

    /**
     * Published recommendations on the event whose title resembles {@code draftTitle} (pg_trgm word similarity: the
     * draft's words found in the title), most similar first, one per distinct title (the most endorsed), so a mass
     * campaign of identical titles is offered once. The trigram index on titles serves {@code %>}; its threshold is
     * set for this transaction only. Titles, not bodies: comparing a draft with every body on a busy event cost
     * seconds (bench/scale: 25 s for 85,000 recommendations), titles cost milliseconds.
     */
    @SuppressWarnings("unchecked")
    public List<Recommendation> similarTo(String eventSlug, String draftTitle, double threshold, int limit) {
        getEntityManager().createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', ?1, true)")
                .setParameter(1, String.valueOf(threshold))
                .getSingleResult();
        List<Long> ids = getEntityManager().createNativeQuery("""
                        select id from (
                            select distinct on (lower(title)) id, word_similarity(?2, title) as score, endorsement_count
                            from recommendation
                            where event_slug = ?1 and visibility = 'PUBLISHED' and status <> 'MERGED' and title %> ?2
                            order by lower(title), endorsement_count desc, id
                        ) best
                        order by score desc, endorsement_count desc, id
                        limit ?3""")
                .setParameter(1, eventSlug).setParameter(2, draftTitle).setParameter(3, limit)
                .getResultList().stream().map(n -> ((Number) n).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Recommendation> found = list("id in ?1", ids);
        found.sort(java.util.Comparator.comparingInt(r -> ids.indexOf(r.id)));
        return found;
    }

    /** Records an endorsement once per person; true when it was new. */
    public boolean endorse(long id, String subject, java.time.Instant at) {
        int added = getEntityManager().createNativeQuery("""
                        insert into endorsement (recommendation_id, endorser_subject, created_at)
                        values (?1, ?2, ?3) on conflict do nothing""")
                .setParameter(1, id).setParameter(2, subject).setParameter(3, at).executeUpdate();
        if (added == 1) {
            update("endorsementCount = endorsementCount + 1 where id = ?1", id);
        }
        return added == 1;
    }

    /** Withdraws an endorsement; true when there was one. */
    public boolean withdraw(long id, String subject) {
        int removed = getEntityManager().createNativeQuery(
                        "delete from endorsement where recommendation_id = ?1 and endorser_subject = ?2")
                .setParameter(1, id).setParameter(2, subject).executeUpdate();
        if (removed == 1) {
            update("endorsementCount = endorsementCount - 1 where id = ?1", id);
        }
        return removed == 1;
    }

    /**
     * Moves every endorsement of {@code source} to {@code target}: a person who endorsed both keeps
     * one, and the target's author gains none of their own. Returns how many moved.
     */
    public int moveEndorsements(long source, long target) {
        int moved = getEntityManager().createNativeQuery("""
                        insert into endorsement (recommendation_id, endorser_subject, created_at)
                        select ?2, e.endorser_subject, e.created_at from endorsement e
                        where e.recommendation_id = ?1
                          and e.endorser_subject <> (select author_subject from recommendation where id = ?2)
                        on conflict do nothing""")
                .setParameter(1, source).setParameter(2, target).executeUpdate();
        getEntityManager().createNativeQuery("delete from endorsement where recommendation_id = ?1")
                .setParameter(1, source).executeUpdate();
        return moved;
    }

    /** Counts endorsements afresh, for when they were moved rather than added one by one. */
    public int countEndorsements(long id) {
        return ((Number) getEntityManager().createNativeQuery(
                        "select count(*) from endorsement where recommendation_id = ?1")
                .setParameter(1, id).getSingleResult()).intValue();
    }

    /**
     * The responses as {@code viewer} sees them: each says whether the viewer wrote it and whether they endorse it, in
     * one statement for a whole page; unchanged (no such fields) for an anonymous viewer (null).
     */
    public List<RecommendationResponse> seenBy(List<RecommendationResponse> items, String viewer) {
        if (viewer == null || items.isEmpty()) {
            return items;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select r.id, r.author_subject = :subject, exists (select 1 from endorsement e
                            where e.recommendation_id = r.id and e.endorser_subject = :subject)
                        from recommendation r where r.id in (:ids)""")
                .setParameter("subject", viewer).setParameter("ids", items.stream().map(RecommendationResponse::id).toList())
                .getResultList();
        Set<Long> written = new HashSet<>();
        Set<Long> endorsed = new HashSet<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            if (Boolean.TRUE.equals(row[1])) {
                written.add(id);
            }
            if (Boolean.TRUE.equals(row[2])) {
                endorsed.add(id);
            }
        }
        return items.stream().map(item -> item.seenBy(written.contains(item.id()), endorsed.contains(item.id()))).toList();
    }

    public boolean endorsedBy(long id, String subject) {
        return ((Number) getEntityManager().createNativeQuery(
                        "select count(*) from endorsement where recommendation_id = ?1 and endorser_subject = ?2")
                .setParameter(1, id).setParameter(2, subject).getSingleResult()).intValue() > 0;
    }
}
