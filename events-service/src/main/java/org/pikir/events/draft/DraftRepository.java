package org.pikir.events.draft;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DraftRepository implements PanacheRepository<Draft> {

    /** A forum has a handful of drafts; the cap keeps a runaway one bounded. */
    static final int MOST_PER_EVENT = 50;

    public List<Draft> ofEvent(long eventId) {
        return find("eventId = ?1 order by id", eventId).page(0, MOST_PER_EVENT).list();
    }

    public Optional<Draft> inEvent(long eventId, long id) {
        return find("eventId = ?1 and id = ?2", eventId, id).firstResultOptional();
    }

    public boolean hasDemonstration(long eventId) {
        return count("eventId = ?1 and demonstration = true", eventId) > 0;
    }
}
