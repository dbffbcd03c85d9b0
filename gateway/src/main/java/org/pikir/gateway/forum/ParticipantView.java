package org.pikir.gateway.forum;

/**
 * A participant as the forum page lists them: on pages in English the Latin spelling when an editor gave one, with
 * the name as written beside it ({@code writtenName}); elsewhere the name as written. Position and organisation in
 * the chosen language.
 */
public record ParticipantView(long id, String name, String writtenName, LocalizedText position,
                              LocalizedText organisation, String roleLabel) {

    static ParticipantView of(ParticipantResponse participant, ForumLabels labels) {
        String written = participant.name() == null ? "" : participant.name();
        boolean latin = "en".equals(labels.lang()) && participant.latinName() != null && !participant.latinName().isBlank();
        return new ParticipantView(participant.id(), latin ? participant.latinName() : written, latin ? written : null,
                LocalizedText.pick(participant.position(), labels.lang()),
                LocalizedText.pick(participant.organisation(), labels.lang()),
                labels.role(participant.role()));
    }

    public String anchor() {
        return "participant-" + id;
    }
}
