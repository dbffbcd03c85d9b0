package org.pikir.feedback.comment;

import org.pikir.feedback.common.Visibility;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    /**
     * What the public lists: published comments and, in place and without their text, hidden ones
     * and those deleted by their authors, so the replies under them keep their place.
     */
    public PanacheQuery<Comment> listedOn(String eventSlug) {
        return find("eventSlug = ?1 and status in ?2",
                Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                eventSlug, List.of(Visibility.PUBLISHED, Visibility.HIDDEN, Visibility.DELETED));
    }

    /** How many comments a comment answers up its thread (0 for a top-level one), counting at most {@code limit}. */
    public int depthOf(long id, int limit) {
        Number depth = (Number) getEntityManager().createNativeQuery("""
                        with recursive thread (id, parent_id, depth) as (
                            select id, parent_id, 0 from comment where id = ?1
                            union all
                            select c.id, c.parent_id, t.depth + 1 from comment c join thread t on c.id = t.parent_id
                            where t.depth < ?2
                        )
                        select max(depth) from thread""")
                .setParameter(1, id).setParameter(2, limit)
                .getSingleResult();
        return depth == null ? 0 : depth.intValue();
    }
}
