package org.pikir.gateway.forum;

/**
 * A statement on the forum page: the words in the language they were said in, who said them, in
 * which session, its own address and the way to comment on it.
 */
public record StatementView(long id, String text, String lang, String languageLabel, ParticipantView speaker,
                            AgendaItemView session, String permalink, String commentHref) {

    public String anchor() {
        return "statement-" + id;
    }

    /** The speaker's name, or null when the statement names no known participant. */
    public String speakerName() {
        return speaker == null ? null : speaker.name();
    }
}
