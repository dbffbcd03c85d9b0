package org.pikir.events.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pikir.events.common.Reordering;
import org.pikir.events.event.Event;
import org.pikir.events.event.EventAccess;
import org.pikir.events.history.EventChanges;
import org.pikir.platform.problem.ProblemException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ParticipantService {

    private final EventAccess access;
    private final ParticipantRepository participants;
    private final EventChanges changes;

    public ParticipantService(EventAccess access, ParticipantRepository participants, EventChanges changes) {
        this.access = access;
        this.participants = participants;
        this.changes = changes;
    }

    @Transactional
    public List<ParticipantResponse> list(String slug, boolean callerEdits) {
        Event event = access.visible(slug, callerEdits);
        return participants.ofEvent(event.id).stream().map(ParticipantResponse::from).toList();
    }

    @Transactional
    public ParticipantResponse add(String slug, ParticipantRequest request, String editor) {
        Event event = access.editable(slug);
        Participant participant = new Participant();
        participant.eventId = event.id;
        participant.sortOrder = (int) participants.count("eventId", event.id);
        apply(request, participant);
        participants.persist(participant);
        changes.record(event, editor, "participant.added", Map.of("participantId", participant.id, "name", participant.name));
        return ParticipantResponse.from(participant);
    }

    @Transactional
    public ParticipantResponse edit(String slug, long id, ParticipantRequest request, String editor) {
        Event event = access.editable(slug);
        Participant participant = find(event, id);
        apply(request, participant);
        changes.record(event, editor, "participant.edited", Map.of("participantId", id, "name", participant.name));
        return ParticipantResponse.from(participant);
    }

    @Transactional
    public void remove(String slug, long id, String editor) {
        Event event = access.editable(slug);
        Participant participant = find(event, id);
        participants.delete(participant);
        changes.record(event, editor, "participant.removed", Map.of("participantId", id, "name", participant.name));
    }

    @Transactional
    public List<ParticipantResponse> reorder(String slug, List<Long> ids, String editor) {
        Event event = access.editable(slug);
        List<Participant> all = participants.ofEvent(event.id);
        Reordering.apply(all, ids, p -> p.id, (p, position) -> p.sortOrder = position);
        changes.record(event, editor, "participants.reordered", Map.of("order", ids));
        return participants.ofEvent(event.id).stream().map(ParticipantResponse::from).toList();
    }

    private Participant find(Event event, long id) {
        return participants.inEvent(event.id, id)
                .orElseThrow(() -> ProblemException.notFound("Participant", String.valueOf(id)));
    }

    private static void apply(ParticipantRequest request, Participant participant) {
        participant.name = request.name().strip();
        if (request.latinName() != null) {
            participant.latinName = request.latinName().isBlank() ? null : request.latinName().strip();
        }
        participant.position = request.position() == null ? new HashMap<>() : new HashMap<>(request.position());
        participant.organisation = request.organisation() == null ? new HashMap<>() : new HashMap<>(request.organisation());
        participant.role = request.role();
    }
}
