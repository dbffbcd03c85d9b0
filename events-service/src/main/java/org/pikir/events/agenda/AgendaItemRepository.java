package org.pikir.events.agenda;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AgendaItemRepository implements PanacheRepository<AgendaItem> {

    /** The agenda with its participants in one statement. */
    public List<AgendaItem> ofEvent(long eventId) {
        return find("select distinct a from AgendaItem a left join fetch a.participantIds "
                + "where a.eventId = ?1 order by a.sortOrder, a.id", eventId).list();
    }

    public Optional<AgendaItem> inEvent(long eventId, long id) {
        return find("eventId = ?1 and id = ?2", eventId, id).firstResultOptional();
    }
}
