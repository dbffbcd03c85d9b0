package org.pikir.gateway.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.forum.ConsultationResponse;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.ServiceAnswer;

import java.time.Instant;

/** A forum's record beyond its headline: the description per language, when it started and ended, its conclusions. */
@Path(ForumEditorPages.PATH)
@Produces(MediaType.TEXT_HTML)
public class ForumRecordPages {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance record(Page page, AdminNav nav, EditedForum forum, Form form);

        static native TemplateInstance outcome(Page page, AdminNav nav, EditedForum forum, Form form);
    }

    private final ForumEditing editing;

    public ForumRecordPages(ForumEditing editing) {
        this.editing = editing;
    }

    @GET
    @Path("{slug}/record")
    @Operation(summary = "The form for a forum's description and its start and end times (HTML)")
    public RestResponse<TemplateInstance> record(@PathParam("slug") String slug) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/record");
        EventResponse event = forum.event();
        Form form = Form.empty().with("startsAt", AgendaItemForm.local(event.startsAt(), forum.zone()))
                .with("endsAt", AgendaItemForm.local(event.endsAt(), forum.zone()));
        AdminForms.withTexts(form, "description", event.description());
        return editing.show(recordPage(forum, form));
    }

    @POST
    @Path("{slug}/record")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Saves a forum's description and times in events-service (the rest of its record is kept)")
    public RestResponse<TemplateInstance> saveRecord(@PathParam("slug") String slug,
                                                     @RestForm("description.kk") String descriptionKk,
                                                     @RestForm("description.ru") String descriptionRu,
                                                     @RestForm("description.en") String descriptionEn,
                                                     @RestForm String startsAt, @RestForm String endsAt) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/record");
        EditorMessages ed = forum.ed();
        Form form = Form.empty().with("description.kk", AdminForms.strip(descriptionKk))
                .with("description.ru", AdminForms.strip(descriptionRu))
                .with("description.en", AdminForms.strip(descriptionEn))
                .with("startsAt", AdminForms.strip(startsAt)).with("endsAt", AdminForms.strip(endsAt));
        Instant starts = AgendaItemForm.instant(form, "startsAt", "record-starts", forum.zone(), ed);
        Instant ends = AgendaItemForm.instant(form, "endsAt", "record-ends", forum.zone(), ed);
        if (form.hasErrors()) {
            return editing.show(RestResponse.Status.BAD_REQUEST, recordPage(forum, form));
        }
        EventResponse e = forum.event();
        ConsultationResponse window = e.consultation();
        ForumDraft record = new ForumDraft(e.slug(), e.title(), e.summary(), AdminForms.texts(form, "description"),
                e.kind(), e.format(), e.topics(), e.city(), e.venue(), e.organiser(), null, e.coverUrl(), e.date(),
                starts, ends,
                e.timeZone(), window == null ? null : window.opensAt(), window == null ? null : window.closesAt());
        ServiceAnswer<Void> answer = editing.client().update(forum.user(), slug, record);
        FieldErrorMapping fields = FieldErrorMapping.startingAt("record-description-kk")
                .perLanguage("description", "record-description", forum.adm().error_text_too_long(20_000))
                .field("startsAt", "record-starts", ed.error_time())
                .field("endsAt", "record-ends", ed.error_ends_after_starts());
        if (editing.refused(answer, forum, form, fields)) {
            return editing.show(ForumEditing.statusOf(answer), recordPage(forum, form));
        }
        return editing.backToForum(forum, "record-saved", "#record");
    }

    @GET
    @Path("{slug}/outcome")
    @Operation(summary = "The form for the conclusions adopted at a forum (HTML)")
    public RestResponse<TemplateInstance> outcome(@PathParam("slug") String slug) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/outcome");
        Form form = AdminForms.withTexts(Form.empty(), "outcome", forum.event().outcome());
        return editing.show(outcomePage(forum, form));
    }

    @POST
    @Path("{slug}/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Publishes or corrects a forum's conclusions in events-service")
    public RestResponse<TemplateInstance> saveOutcome(@PathParam("slug") String slug,
                                                      @RestForm("outcome.kk") String outcomeKk,
                                                      @RestForm("outcome.ru") String outcomeRu,
                                                      @RestForm("outcome.en") String outcomeEn) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/outcome");
        Form form = Form.empty().with("outcome.kk", AdminForms.strip(outcomeKk))
                .with("outcome.ru", AdminForms.strip(outcomeRu)).with("outcome.en", AdminForms.strip(outcomeEn));
        ServiceAnswer<Void> answer = editing.client().setOutcome(forum.user(), slug,
                new OutcomeTexts(AdminForms.texts(form, "outcome")));
        FieldErrorMapping fields = FieldErrorMapping.startingAt("outcome-kk")
                .perLanguage("texts", "outcome", forum.ed().error_outcome());
        if (editing.refused(answer, forum, form, fields)) {
            return editing.show(ForumEditing.statusOf(answer), outcomePage(forum, form));
        }
        return editing.backToForum(forum, "outcome-saved", "#record");
    }

    private TemplateInstance recordPage(EditedForum forum, Form form) {
        return Templates.record(editing.page(forum.href() + "/record"), editing.nav(forum), forum, form);
    }

    private TemplateInstance outcomePage(EditedForum forum, Form form) {
        return Templates.outcome(editing.page(forum.href() + "/outcome"), editing.nav(forum), forum, form);
    }
}
