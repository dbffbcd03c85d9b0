package org.pikir.gateway.admin;

import org.jboss.resteasy.reactive.RestForm;
import org.pikir.gateway.forum.ParticipantResponse;
import org.pikir.gateway.web.Form;

/**
 * The form that corrects a participant: the name as written and in Latin letters, the role, position and organisation
 * per language.
 */
public record ParticipantForm(
        @RestForm String name,
        @RestForm String latinName,
        @RestForm String role,
        @RestForm("position.kk") String positionKk,
        @RestForm("position.ru") String positionRu,
        @RestForm("position.en") String positionEn,
        @RestForm("organisation.kk") String organisationKk,
        @RestForm("organisation.ru") String organisationRu,
        @RestForm("organisation.en") String organisationEn) {

    static Form of(ParticipantResponse participant) {
        Form form = Form.empty().with("name", participant.name()).with("latinName", participant.latinName())
                .with("role", participant.role());
        AdminForms.withTexts(form, "position", participant.position());
        return AdminForms.withTexts(form, "organisation", participant.organisation());
    }

    Form form() {
        return Form.empty().with("name", AdminForms.strip(name)).with("latinName", AdminForms.strip(latinName))
                .with("role", role)
                .with("position.kk", AdminForms.strip(positionKk)).with("position.ru", AdminForms.strip(positionRu))
                .with("position.en", AdminForms.strip(positionEn))
                .with("organisation.kk", AdminForms.strip(organisationKk))
                .with("organisation.ru", AdminForms.strip(organisationRu))
                .with("organisation.en", AdminForms.strip(organisationEn));
    }

    /** What events-service takes: the form as typed, each check left to it; an emptied Latin spelling is removed. */
    static NewParticipant request(Form form) {
        return new NewParticipant(form.value("name"), form.value("latinName"), AdminForms.texts(form, "position"),
                AdminForms.texts(form, "organisation"), form.value("role"));
    }

    static FieldErrorMapping errors(EditedForum forum) {
        AdminMessages adm = forum.adm();
        return FieldErrorMapping.startingAt("participant-name")
                .field("name", "participant-name", adm.error_participant_name())
                .field("latinName", "participant-latin-name", forum.ed().error_latin_name())
                .field("role", "participant-role", adm.error_participant_role())
                .perLanguage("position", "participant-position", adm.error_text_too_long(300))
                .perLanguage("organisation", "participant-organisation", adm.error_text_too_long(300));
    }
}
