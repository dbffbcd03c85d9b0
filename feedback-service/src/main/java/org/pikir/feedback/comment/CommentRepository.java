package org.pikir.feedback.comment;

import org.pikir.feedback.common.Visibility;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    /** What the public lists: published comments and, in place, hidden ones (shown without their text). */
    public PanacheQuery<Comment> listedOn(String eventSlug) {
        return find("eventSlug = ?1 and status in ?2",
                Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                eventSlug, List.of(Visibility.PUBLISHED, Visibility.HIDDEN));
    }
}
