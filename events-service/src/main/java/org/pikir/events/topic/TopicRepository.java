package org.pikir.events.topic;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class TopicRepository implements PanacheRepositoryBase<Topic, String> {

    public List<Topic> catalogue() {
        return listAll(Sort.ascending("slug"));
    }

    /** Which of {@code slugs} the catalogue holds. */
    public Set<String> known(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Set.of();
        }
        return list("slug in ?1", slugs).stream().map(t -> t.slug).collect(Collectors.toSet());
    }

    public List<Topic> named(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }
}
