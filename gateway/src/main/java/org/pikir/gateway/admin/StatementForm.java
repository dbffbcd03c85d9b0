package org.pikir.gateway.admin;

import org.jboss.resteasy.reactive.RestForm;
import org.pikir.gateway.forum.StatementResponse;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.Form;

import java.util.List;

/** The form that corrects a statement: who said it, in which session, the words, their language, quoted or reported. */
public record StatementForm(
        @RestForm String participantId,
        @RestForm String agendaItemId,
        @RestForm String text,
        @RestForm String language,
        @RestForm String kind) {

    static Form of(StatementResponse statement) {
        return Form.empty().with("participantId", idText(statement.participantId()))
                .with("agendaItemId", idText(statement.agendaItemId())).with("text", statement.text())
                .with("language", statement.language())
                .with("kind", statement.reported() ? "REPORTED" : "QUOTE");
    }

    Form form() {
        return Form.empty().with("participantId", participantId).with("agendaItemId", agendaItemId)
                .with("text", AdminForms.strip(text)).with("language", language).with("kind", kind);
    }

    /** What events-service takes; a speaker or session that is not an id goes as none, for the service to refuse. */
    static NewStatement request(Form form) {
        return new NewStatement(AdminForms.id(form.value("participantId")), AdminForms.id(form.value("agendaItemId")),
                form.value("text"), form.value("language"), AdminForms.blankToNull(form.value("kind")));
    }

    static FieldErrorMapping errors(EditedForum forum) {
        AdminMessages adm = forum.adm();
        return FieldErrorMapping.startingAt("statement-participant")
                .field("participantId", "statement-participant", adm.error_statement_participant())
                .field("agendaItemId", "statement-session", adm.error_statement_session())
                .field("text", "statement-text", forum.ed().error_statement_text())
                .field("language", "statement-language", adm.error_language())
                .field("kind", "statement-kind", forum.ed().error_statement_kind());
    }

    /** A statement's kinds as radios in the page's language: the speaker's own words, or what a source reports. */
    static List<Choice> kindChoices(String lang) {
        EditorMessages ed = ForumEditing.editorMessages(lang);
        return List.of(new Choice("QUOTE", ed.statement_kind_quote()),
                new Choice("REPORTED", ed.statement_kind_reported()));
    }

    private static String idText(Long id) {
        return id == null ? "" : id.toString();
    }
}
