package org.pikir.events.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.pikir.events.event.Event;
import org.pikir.events.search.EventSearch;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Every editorial change to an event goes through here: it is written to the public history,
 * the event's version moves on (so caches see it), its search document is rebuilt and its cached
 * answers are dropped once the transaction ends.
 */
@ApplicationScoped
public class EventChanges {

    private static final Logger LOG = Logger.getLogger(EventChanges.class);
    private static final int HISTORY_LIMIT = 200;

    private final EventChangeRepository changes;
    private final EventSearch search;
    private final jakarta.enterprise.event.Event<EventChanged> changed;
    private final Clock clock;

    public EventChanges(EventChangeRepository changes, EventSearch search,
                        jakarta.enterprise.event.Event<EventChanged> changed, Clock clock) {
        this.clock = clock;
        this.changes = changes;
        this.search = search;
        this.changed = changed;
    }

    /** Call inside the transaction that made the change. */
    public void record(Event event, String actor, String action, Map<String, Object> detail) {
        EventChange change = new EventChange();
        change.eventId = event.id;
        change.changedAt = clock.instant();
        change.changedBy = actor;
        change.action = action;
        change.detail = detail;
        changes.persist(change);
        event.updatedAt = change.changedAt;
        search.reindex(event);
        // children changed, not the event row: still move its version so ETags change
        changes.getEntityManager().lock(event, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        changed.fire(new EventChanged(event.id));
    }

    /** Call inside the transaction that deleted the event (a draft: its history goes with it, none was public). */
    public void deleted(Event event, String actor) {
        LOG.infof("Draft %s (id %d) deleted by %s", event.slug, event.id, actor);
        changed.fire(new EventChanged(event.id));
    }

    public List<EventChangeResponse> historyOf(Event event) {
        return changes.ofEvent(event.id, HISTORY_LIMIT).stream().map(EventChangeResponse::from).toList();
    }
}
