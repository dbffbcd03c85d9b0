package org.pikir.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.pikir.events.agenda.AgendaItemRepository;
import org.pikir.events.agenda.AgendaItemResponse;
import org.pikir.events.draft.DraftService;
import org.pikir.events.material.MaterialService;
import org.pikir.events.participant.ParticipantRepository;
import org.pikir.events.participant.ParticipantResponse;
import org.pikir.events.statement.StatementRepository;
import org.pikir.events.statement.StatementResponse;
import org.pikir.platform.problem.ProblemException;

import java.time.Instant;
import java.util.List;

/**
 * Puts the whole record of one event together: the event row and one query per kind of part, keyed by
 * the event's id, so a forum of thirty speakers costs the same statements as a forum of one.
 */
@ApplicationScoped
public class EventAssembly {

    private final EventRepository events;
    private final ParticipantRepository participants;
    private final AgendaItemRepository agenda;
    private final StatementRepository statements;
    private final MaterialService materials;
    private final DraftService drafts;

    public EventAssembly(EventRepository events, ParticipantRepository participants, AgendaItemRepository agenda,
                         StatementRepository statements, MaterialService materials, DraftService drafts) {
        this.drafts = drafts;
        this.events = events;
        this.participants = participants;
        this.agenda = agenda;
        this.statements = statements;
        this.materials = materials;
    }

    /** The event as one consistent state of the database holds it, with that state's version. */
    public record Snapshot(int version, EventResponse event) {
    }

    /**
     * Reads everything in one read-only snapshot, so the answer is exactly the version it reports and
     * a cache may keep it under that version. Its own transaction: the isolation must be set first.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Snapshot snapshot(long eventId, Instant now) {
        Session session = events.getEntityManager().unwrap(Session.class);
        session.createNativeMutationQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        // nothing read here is changed: no snapshots to keep, nothing to dirty-check at commit
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        Event event = session.find(Event.class, eventId);
        if (event == null) {
            throw ProblemException.notFound("Event", String.valueOf(eventId));
        }
        return new Snapshot(event.version, of(event, now));
    }

    /** The event as the current transaction sees it, for the answers of editors' changes. */
    public EventResponse of(Event event, Instant now) {
        String slug = event.slug;
        List<ParticipantResponse> people = participants.ofEvent(event.id).stream().map(ParticipantResponse::from).toList();
        List<AgendaItemResponse> sessions = agenda.ofEvent(event.id).stream().map(AgendaItemResponse::from).toList();
        List<StatementResponse> said = statements.ofEvent(event.id).stream()
                .map(s -> StatementResponse.from(s, slug)).toList();
        // the public drafts only: the document is one for everyone; staff list every draft at /drafts
        var parts = new EventResponse.Parts(sessions, people, said, materials.listFor(event),
                drafts.publicSummaries(event));
        return EventResponse.from(event, parts, now);
    }
}
