package org.pikir.gateway.forum;

/**
 * A statement on the forum page: its words in the visitor's language when an editor translated them (marked as a
 * translation, the original one click away), otherwise in the language they were said in; whether they are quoted
 * or only reported by the source; who said them, in which session, its own address and the way to comment on it.
 */
public record StatementView(long id, String text, String lang, String languageLabel, boolean translated,
                            String original, String originalLang, String originalLanguageLabel, boolean reported,
                            ParticipantView speaker, AgendaItemView session, String permalink, String commentHref) {

    static StatementView of(StatementResponse statement, ParticipantView speaker, AgendaItemView session,
                            String forumPath, ForumLabels labels) {
        String original = statement.text() == null ? "" : statement.text();
        String wanted = labels.lang();
        String translation = wanted.equals(statement.language()) ? null : statement.translations().get(wanted);
        boolean translated = translation != null && !translation.isBlank();
        String originalLabel = labels.inLanguage(statement.language());
        return new StatementView(statement.id(), translated ? translation : original,
                translated ? wanted : statement.language(), translated ? labels.inLanguage(wanted) : originalLabel,
                translated, original, statement.language(), originalLabel, statement.reported(), speaker, session,
                forumPath + "#statement-" + statement.id(),
                forumPath + "?statement=" + statement.id() + "#comment-form");
    }

    public String anchor() {
        return "statement-" + id;
    }

    /** The speaker's name, or null when the statement names no known participant. */
    public String speakerName() {
        return speaker == null ? null : speaker.name();
    }
}
