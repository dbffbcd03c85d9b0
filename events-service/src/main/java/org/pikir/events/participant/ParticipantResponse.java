package org.pikir.events.participant;

import java.util.Map;

public record ParticipantResponse(Long id, String name, Map<String, String> position, Map<String, String> organisation,
                                  ParticipantRole role) {

    public static ParticipantResponse from(Participant participant) {
        return new ParticipantResponse(participant.id, participant.name, participant.position,
                participant.organisation, participant.role);
    }
}
