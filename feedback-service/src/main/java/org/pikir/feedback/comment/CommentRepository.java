package org.pikir.feedback.comment;

import org.hibernate.jpa.HibernateHints;
import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.draft.DraftFilter;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    /**
     * The listed statuses as SQL literals: the partial indexes of thread pages (V12__threads.sql) name the same
     * literals, and PostgreSQL uses a partial index only when it can prove the query's condition implies it.
     */
    private static final String LISTED = "status in ('PUBLISHED', 'HIDDEN', 'DELETED')";

    /**
     * What the public lists: published comments and, in place and without their text, hidden ones
     * and those deleted by their authors, so the replies under them keep their place.
     */
    public PanacheQuery<Comment> listedOn(String eventSlug) {
        return find("eventSlug = ?1 and status in ?2",
                Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                eventSlug, List.of(Visibility.PUBLISHED, Visibility.HIDDEN, Visibility.DELETED));
    }

    /**
     * Up to {@code limit} listed top-level comments of the event (or of one statement or material of it) after the
     * keyset position {@code after} (null for the first page), newest or oldest first: one index range scan.
     */
    public List<Comment> threads(String eventSlug, CommentTarget target, ThreadOrder order, Position after, int limit) {
        String column = switch (target.type()) {
            case EVENT, DRAFT -> null;
            case STATEMENT -> "statement_id";
            case MATERIAL -> "material_id";
        };
        String direction = order == ThreadOrder.NEWEST ? "desc" : "asc";
        String sql = "select * from comment where event_slug = :event and parent_id is null and " + LISTED
                + (column == null ? "" : " and " + column + " = :target")
                + (target.draft() == null ? "" : " and " + target.draft().condition())
                + (after == null ? "" : " and (created_at, id) " + (order == ThreadOrder.NEWEST ? "<" : ">") + " (:at, :id)")
                + " order by created_at " + direction + ", id " + direction + " limit :limit";
        Query query = entities(sql).setParameter("event", eventSlug).setParameter("limit", limit);
        if (column != null) {
            query.setParameter("target", target.id());
        }
        draftParameters(query, target.draft());
        if (after != null) {
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        return list(query);
    }

    private static void draftParameters(Query query, DraftFilter draft) {
        if (draft != null) {
            query.setParameter("draft", draft.draftId());
            if (draft.key() != null) {
                query.setParameter("key", draft.key());
            }
        }
    }

    /**
     * The first {@code perThread} listed replies of each of these threads, in the order they were written, in one
     * statement: an index range scan per thread, however many replies a thread has.
     */
    public List<Comment> firstReplies(Collection<Long> threadIds, int perThread) {
        if (threadIds.isEmpty()) {
            return List.of();
        }
        return list(entities("""
                        select r.* from comment t cross join lateral (
                            select * from comment c
                            where c.thread_id = t.id and c.parent_id is not null and c.%s
                            order by c.created_at, c.id limit :limit
                        ) r
                        where t.id in (:threads)""".formatted(LISTED))
                .setParameter("threads", threadIds).setParameter("limit", perThread));
    }

    /** Up to {@code limit} listed replies of one thread after the keyset position {@code after}, oldest first. */
    public List<Comment> replies(long threadId, Position after, int limit) {
        String sql = "select * from comment where thread_id = :thread and parent_id is not null and " + LISTED
                + (after == null ? "" : " and (created_at, id) > (:at, :id)")
                + " order by created_at, id limit :limit";
        Query query = entities(sql).setParameter("thread", threadId).setParameter("limit", limit);
        if (after != null) {
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        return list(query);
    }

    /** Whether {@code id} is a listed top-level comment: a thread the public can open. */
    public boolean isListedThread(long id) {
        return !getEntityManager().createNativeQuery(
                        "select 1 from comment where id = :id and parent_id is null and " + LISTED)
                .setParameter("id", id).getResultList().isEmpty();
    }

    /** The listed comments (replies included) and threads of the event or one of its statements or materials. */
    public ThreadCounts counts(String eventSlug, CommentTarget target) {
        if (target.draft() != null) {
            return draftCounts(eventSlug, target.draft());
        }
        // kept up to date by triggers (V12__threads.sql) as comments are written and moderated: adding up a few
        // rows per key instead of counting 850,000 comments at every request
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        select coalesce(sum(comments), 0), coalesce(sum(threads), 0) from comment_count
                        where event_slug = :event and target_type = :type and target_id = :target""")
                .setParameter("event", eventSlug).setParameter("type", target.type().name())
                .setParameter("target", target.id())
                .getSingleResult();
        return new ThreadCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * The listed comments and threads of a draft, article or passage, from the per-passage counters the database keeps
     * (V18__draft_passages.sql): published and hidden ones; comments their authors deleted stay in place on the page
     * but are not counted.
     */
    private ThreadCounts draftCounts(String eventSlug, DraftFilter draft) {
        Query query = getEntityManager().createNativeQuery("""
                        select coalesce(sum(comments), 0), coalesce(sum(threads), 0) from draft_passage_count
                        where event_slug = :event and\s""" + draft.condition())
                .setParameter("event", eventSlug);
        draftParameters(query, draft);
        Object[] row = (Object[]) query.getSingleResult();
        return new ThreadCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** A keyset position in a list of comments: the time and id of the last one a client saw. */
    public record Position(Instant at, long id) {
    }

    /** How many comments (replies included) and threads a thread page lists in all. */
    public record ThreadCounts(long comments, long threads) {
    }

    private Query entities(String sql) {
        // read to answer, never changed: Hibernate keeps no copies for dirty checking
        return getEntityManager().createNativeQuery(sql, Comment.class).setHint(HibernateHints.HINT_READ_ONLY, true);
    }

    @SuppressWarnings("unchecked")
    private static List<Comment> list(Query query) {
        return query.getResultList();
    }
}
