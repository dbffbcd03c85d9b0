package org.pikir.events.participant;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepository<Participant> {

    public List<Participant> ofEvent(long eventId) {
        return find("eventId", Sort.ascending("sortOrder", "id"), eventId).list();
    }

    public Optional<Participant> inEvent(long eventId, long id) {
        return find("eventId = ?1 and id = ?2", eventId, id).firstResultOptional();
    }
}
