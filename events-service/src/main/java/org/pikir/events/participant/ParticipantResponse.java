package org.pikir.events.participant;

import java.util.Map;

/** A participant: the name as written and, when an editor gave one, its Latin spelling ({@code latinName}). */
public record ParticipantResponse(Long id, String name, String latinName, Map<String, String> position,
                                  Map<String, String> organisation, ParticipantRole role) {

    public static ParticipantResponse from(Participant participant) {
        return new ParticipantResponse(participant.id, participant.name, participant.latinName, participant.position,
                participant.organisation, participant.role);
    }
}
