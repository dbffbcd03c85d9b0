package org.pikir.gateway.forum;

/** A participant as the forum page lists them: the name as written, position and organisation in the chosen language. */
public record ParticipantView(long id, String name, LocalizedText position, LocalizedText organisation,
                              String roleLabel) {

    static ParticipantView of(ParticipantResponse participant, ForumLabels labels) {
        return new ParticipantView(participant.id(), participant.name() == null ? "" : participant.name(),
                LocalizedText.pick(participant.position(), labels.lang()),
                LocalizedText.pick(participant.organisation(), labels.lang()),
                labels.role(participant.role()));
    }

    public String anchor() {
        return "participant-" + id;
    }
}
