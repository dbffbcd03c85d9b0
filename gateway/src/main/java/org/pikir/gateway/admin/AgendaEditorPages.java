package org.pikir.gateway.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.forum.AgendaItemResponse;
import org.pikir.gateway.forum.CodeLabels;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;

import java.util.List;
import java.util.Objects;

/** The agenda: adding a session and correcting one (title, kind, times in the forum's time zone, who took part). */
@Path(ForumEditorPages.PATH)
@Produces(MediaType.TEXT_HTML)
public class AgendaEditorPages {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance session(Page page, AdminNav nav, EditedForum forum, Long id, Form form,
                                               List<Choice> kinds, List<Choice> participants, List<String> chosen);
    }

    private final ForumEditing editing;

    public AgendaEditorPages(ForumEditing editing) {
        this.editing = editing;
    }

    @GET
    @Path("{slug}/agenda/new")
    @Operation(summary = "The form for a new session of the agenda (HTML)")
    public RestResponse<TemplateInstance> create(@PathParam("slug") String slug) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/agenda/new");
        return editing.show(page(forum, null, Form.empty().with("kind", "PANEL"), List.of()));
    }

    @POST
    @Path("{slug}/agenda")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Adds a session at the end of the agenda")
    public RestResponse<TemplateInstance> add(@PathParam("slug") String slug, @BeanParam AgendaItemForm sent) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/agenda/new");
        Form form = sent.form();
        AgendaItemDraft draft = sent.request(form, forum.zone(), forum.ed());
        if (draft == null) {
            return editing.show(RestResponse.Status.BAD_REQUEST, page(forum, null, form, sent.chosen()));
        }
        ServiceAnswer<Void> answer = editing.client().addAgendaItem(forum.user(), slug, draft);
        if (editing.refused(answer, forum, form, AgendaItemForm.errors(forum))) {
            return editing.show(ForumEditing.statusOf(answer), page(forum, null, form, sent.chosen()));
        }
        int last = ForumPart.AGENDA.ids(forum.event()).size();
        return editing.backToForum(forum, "session-added", ForumPart.AGENDA.path() + "=" + ForumPart.pageOf(last)
                + "#" + ForumPart.AGENDA.path());
    }

    @GET
    @Path("{slug}/agenda/{id}")
    @Operation(summary = "The form to correct a session of the agenda (HTML)")
    public RestResponse<TemplateInstance> edit(@PathParam("slug") String slug, @PathParam("id") String id) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/agenda/" + id);
        AgendaItemResponse session = find(forum, id);
        List<String> chosen = session.participantIds().stream().map(String::valueOf).toList();
        return editing.show(page(forum, session.id(), AgendaItemForm.of(session, forum.zone()), chosen));
    }

    @POST
    @Path("{slug}/agenda/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Saves a session in events-service; the change shows in the forum's public history")
    public RestResponse<TemplateInstance> save(@PathParam("slug") String slug, @PathParam("id") String id,
                                               @BeanParam AgendaItemForm sent) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/agenda/" + id);
        long session = find(forum, id).id();
        Form form = sent.form();
        AgendaItemDraft draft = sent.request(form, forum.zone(), forum.ed());
        if (draft == null) {
            return editing.show(RestResponse.Status.BAD_REQUEST, page(forum, session, form, sent.chosen()));
        }
        ServiceAnswer<Void> answer = editing.client().editAgendaItem(forum.user(), slug, session, draft);
        if (editing.refused(answer, forum, form, AgendaItemForm.errors(forum))) {
            return editing.show(ForumEditing.statusOf(answer), page(forum, session, form, sent.chosen()));
        }
        return editing.backToItem(forum, "session-saved", ForumPart.AGENDA, session);
    }

    private TemplateInstance page(EditedForum forum, Long id, Form form, List<String> chosen) {
        String lang = forum.lang();
        List<Choice> kinds = AgendaItemForm.KINDS.stream().map(k -> new Choice(k, CodeLabels.sessionKind(k, lang))).toList();
        String path = forum.href() + "/agenda/" + (id == null ? "new" : id);
        return Templates.session(editing.page(path), editing.nav(forum), forum, id, form, kinds,
                ForumEditorPages.participantChoices(forum.event()), chosen);
    }

    private static AgendaItemResponse find(EditedForum forum, String id) {
        Long wanted = AdminForms.id(id);
        return forum.event().agenda().stream().filter(a -> wanted != null && Objects.equals(a.id(), wanted))
                .findFirst().orElseThrow(() -> new PageNotFoundException("No session " + id + " in " + forum.slug()));
    }
}
