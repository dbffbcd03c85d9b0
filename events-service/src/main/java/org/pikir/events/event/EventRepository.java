package org.pikir.events.event;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EventRepository implements PanacheRepository<Event> {

    public Optional<Event> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** One row by the unique index on slug, no entity loaded: what a cached read checks on every request. */
    public Optional<EventRevision> revisionOf(String slug) {
        return getEntityManager().createQuery("select new " + EventRevision.class.getName()
                        + "(e.id, e.version, e.status, e.consultationOpensAt, e.consultationClosesAt)"
                        + " from Event e where e.slug = ?1", EventRevision.class)
                .setParameter(1, slug)
                .getResultStream()
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    public List<Event> onTopic(String topic) {
        return getEntityManager().createNativeQuery("select * from event where cast(:topic as text) = any(topics)", Event.class)
                .setParameter("topic", topic).getResultList();
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    public PanacheQuery<Event> publicEvents() {
        return find("status in ?1", Sort.descending("date").and("id", Sort.Direction.Descending),
                List.of(EventStatus.PUBLISHED, EventStatus.ARCHIVED));
    }
}
