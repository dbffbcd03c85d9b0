package org.pikir.feedback.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The per-passage figures of a draft document, read from the counters the database keeps as items are written and
 * moderated (V18__draft_passages.sql): a few rows per passage, never the comments, however many there are.
 */
@ApplicationScoped
public class DraftCounts {

    private final EntityManager db;

    public DraftCounts(EntityManager db) {
        this.db = db;
    }

    @Transactional
    public DraftCountsResponse of(String eventSlug, long draftId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        select passage_key, max(article_key), sum(comments), sum(recommendations)
                        from draft_passage_count
                        where event_slug = ?1 and draft_id = ?2 and passage_key <> ''
                        group by passage_key
                        having sum(comments) > 0 or sum(recommendations) > 0
                        order by passage_key""")
                .setParameter(1, eventSlug).setParameter(2, draftId)
                .getResultList();
        return new DraftCountsResponse(draftId, rows.stream()
                .map(row -> new DraftCountsResponse.PassageCount((String) row[0], (String) row[1],
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue()))
                .toList());
    }
}
