package org.pikir.events.material;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MaterialRepository implements PanacheRepository<Material> {

    /** The event's materials in their order, without removed ones. */
    public List<Material> ofEvent(long eventId) {
        return find("eventId = ?1 and removedAt is null", Sort.ascending("sortOrder", "id"), eventId).list();
    }

    public Optional<Material> inEvent(long eventId, long id) {
        return find("eventId = ?1 and id = ?2 and removedAt is null", eventId, id).firstResultOptional();
    }

    public int nextSortOrder(long eventId) {
        Integer last = getEntityManager()
                .createQuery("select max(m.sortOrder) from Material m where m.eventId = ?1", Integer.class)
                .setParameter(1, eventId)
                .getSingleResult();
        return last == null ? 0 : last + 1;
    }
}
