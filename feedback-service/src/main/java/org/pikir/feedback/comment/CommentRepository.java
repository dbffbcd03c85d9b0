package org.pikir.feedback.comment;

import org.pikir.feedback.common.Visibility;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    public PanacheQuery<Comment> publishedOn(String eventSlug) {
        return find("eventSlug = ?1 and status = ?2",
                Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                eventSlug, Visibility.PUBLISHED);
    }
}
