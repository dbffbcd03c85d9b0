package org.pikir.events.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pikir.events.common.Reordering;
import org.pikir.events.event.Event;
import org.pikir.events.event.EventAccess;
import org.pikir.events.history.EventChanges;
import org.pikir.events.participant.ParticipantRepository;
import org.pikir.platform.problem.ProblemException;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class AgendaService {

    private final EventAccess access;
    private final AgendaItemRepository agenda;
    private final ParticipantRepository participants;
    private final EventChanges changes;

    public AgendaService(EventAccess access, AgendaItemRepository agenda, ParticipantRepository participants,
                         EventChanges changes) {
        this.access = access;
        this.agenda = agenda;
        this.participants = participants;
        this.changes = changes;
    }

    @Transactional
    public List<AgendaItemResponse> list(String slug, boolean callerEdits) {
        Event event = access.visible(slug, callerEdits);
        return agenda.ofEvent(event.id).stream().map(AgendaItemResponse::from).toList();
    }

    @Transactional
    public AgendaItemResponse add(String slug, AgendaItemRequest request, String editor) {
        Event event = access.editable(slug);
        AgendaItem item = new AgendaItem();
        item.eventId = event.id;
        item.sortOrder = (int) agenda.count("eventId", event.id);
        apply(event, request, item);
        agenda.persist(item);
        changes.record(event, editor, "agenda.added", Map.of("agendaItemId", item.id));
        return AgendaItemResponse.from(item);
    }

    @Transactional
    public AgendaItemResponse edit(String slug, long id, AgendaItemRequest request, String editor) {
        Event event = access.editable(slug);
        AgendaItem item = find(event, id);
        apply(event, request, item);
        changes.record(event, editor, "agenda.edited", Map.of("agendaItemId", id));
        return AgendaItemResponse.from(item);
    }

    @Transactional
    public void remove(String slug, long id, String editor) {
        Event event = access.editable(slug);
        agenda.delete(find(event, id));
        changes.record(event, editor, "agenda.removed", Map.of("agendaItemId", id));
    }

    @Transactional
    public List<AgendaItemResponse> reorder(String slug, List<Long> ids, String editor) {
        Event event = access.editable(slug);
        Reordering.apply(agenda.ofEvent(event.id), ids, a -> a.id, (a, position) -> a.sortOrder = position);
        changes.record(event, editor, "agenda.reordered", Map.of("order", ids));
        return agenda.ofEvent(event.id).stream().map(AgendaItemResponse::from).toList();
    }

    private AgendaItem find(Event event, long id) {
        return agenda.inEvent(event.id, id).orElseThrow(() -> ProblemException.notFound("Agenda item", String.valueOf(id)));
    }

    private void apply(Event event, AgendaItemRequest request, AgendaItem item) {
        if (request.startsAt() != null && request.endsAt() != null && !request.endsAt().isAfter(request.startsAt())) {
            throw ProblemException.invalidField("endsAt", "must be after startsAt");
        }
        Set<Long> people = request.participantIds() == null ? Set.of() : new LinkedHashSet<>(request.participantIds());
        if (!people.isEmpty() && participants.count("eventId = ?1 and id in ?2", event.id, people) != people.size()) {
            throw ProblemException.invalidField("participantIds", "must all be participants of this event");
        }
        item.title = new HashMap<>(request.title());
        item.kind = request.kind();
        item.startsAt = request.startsAt();
        item.endsAt = request.endsAt();
        item.participantIds.clear();
        item.participantIds.addAll(people);
    }
}
