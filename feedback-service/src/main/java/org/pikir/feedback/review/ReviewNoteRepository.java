package org.pikir.feedback.review;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ReviewNoteRepository implements PanacheRepository<ReviewNote> {

    public List<ReviewNote> on(long recommendationId, int limit) {
        return find("recommendationId", Sort.ascending("createdAt").and("id"), recommendationId)
                .page(Page.ofSize(limit)).list();
    }
}
