package org.pikir.gateway.admin;

import org.jboss.resteasy.reactive.RestForm;
import org.pikir.gateway.forum.StatementResponse;
import org.pikir.gateway.web.Form;

/** The form that corrects a statement: who said it, in which session, the words and their language. */
public record StatementForm(
        @RestForm String participantId,
        @RestForm String agendaItemId,
        @RestForm String text,
        @RestForm String language) {

    static Form of(StatementResponse statement) {
        return Form.empty().with("participantId", idText(statement.participantId()))
                .with("agendaItemId", idText(statement.agendaItemId())).with("text", statement.text())
                .with("language", statement.language());
    }

    Form form() {
        return Form.empty().with("participantId", participantId).with("agendaItemId", agendaItemId)
                .with("text", AdminForms.strip(text)).with("language", language);
    }

    /** What events-service takes; a speaker or session that is not an id goes as none, for the service to refuse. */
    static NewStatement request(Form form) {
        return new NewStatement(AdminForms.id(form.value("participantId")), AdminForms.id(form.value("agendaItemId")),
                form.value("text"), form.value("language"));
    }

    static FieldErrorMapping errors(EditedForum forum) {
        AdminMessages adm = forum.adm();
        return FieldErrorMapping.startingAt("statement-participant")
                .field("participantId", "statement-participant", adm.error_statement_participant())
                .field("agendaItemId", "statement-session", adm.error_statement_session())
                .field("text", "statement-text", forum.ed().error_statement_text())
                .field("language", "statement-language", adm.error_language());
    }

    private static String idText(Long id) {
        return id == null ? "" : id.toString();
    }
}
