package org.pikir.events.history;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class EventChangeRepository implements PanacheRepository<EventChange> {

    public List<EventChange> ofEvent(long eventId, int limit) {
        return find("eventId", Sort.descending("changedAt").and("id", Sort.Direction.Descending), eventId)
                .range(0, limit - 1).list();
    }
}
