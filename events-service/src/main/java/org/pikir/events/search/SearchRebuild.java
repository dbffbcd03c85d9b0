package org.pikir.events.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.pikir.events.event.Event;

import java.util.List;

/**
 * Rebuilds, at start, the search documents written by an older {@link EventSearch#VERSION}, one event per
 * transaction; a replica starting at the same time may rebuild the same event, and the second write is dropped.
 */
@ApplicationScoped
public class SearchRebuild {

    private static final Logger LOG = Logger.getLogger(SearchRebuild.class);

    private final EntityManager db;
    private final EventSearch search;

    public SearchRebuild(EntityManager db, EventSearch search) {
        this.db = db;
        this.search = search;
    }

    void onStart(@Observes StartupEvent start) {
        List<Long> stale = QuarkusTransaction.requiringNew().call(() -> db.createQuery(
                "select e.id from Event e where e.searchVersion < ?1", Long.class)
                .setParameter(1, EventSearch.VERSION).getResultList());
        for (Long id : stale) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Event event = db.find(Event.class, id);
                    if (event != null && event.searchVersion < EventSearch.VERSION) {
                        search.reindex(event);
                    }
                });
            } catch (RuntimeException e) {
                // most likely a replica starting alongside rebuilt it first (an optimistic lock failure)
                LOG.warnf("Event %d was not re-indexed now: %s", id, e.toString());
            }
        }
        if (!stale.isEmpty()) {
            LOG.infof("Rebuilt the search documents of %d events", stale.size());
        }
    }
}
