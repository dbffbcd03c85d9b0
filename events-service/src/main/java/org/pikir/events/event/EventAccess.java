package org.pikir.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.pikir.platform.problem.ProblemException;

/** Finds the event a request is about, as the public may see it or as an editor may change it. */
@ApplicationScoped
public class EventAccess {

    private final EventRepository events;

    public EventAccess(EventRepository events) {
        this.events = events;
    }

    public Event visible(String slug, boolean callerEdits) {
        return events.findBySlug(slug)
                .filter(e -> e.isPublic() || callerEdits)
                .orElseThrow(() -> ProblemException.notFound("Event", slug));
    }

    /**
     * The event's current revision, whoever may see it. A transaction of its own: its connection goes back
     * to the pool before any assembly takes another, so concurrent reads cannot starve the pool.
     */
    @Transactional
    public EventRevision revision(String slug) {
        return events.revisionOf(slug).orElseThrow(() -> ProblemException.notFound("Event", slug));
    }

    /** {@link #editable}, with the event row locked first, so edits of one event run one after another. */
    public Event lockedForEdit(String slug) {
        events.find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        return editable(slug);
    }

    /** An event an editor may change: any but an archived one, which is a closed record. */
    public Event editable(String slug) {
        Event event = events.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Event", slug));
        if (event.status == EventStatus.ARCHIVED) {
            throw ProblemException.conflict("event-archived", "Event '" + slug + "' is archived and can no longer be changed.");
        }
        return event;
    }
}
