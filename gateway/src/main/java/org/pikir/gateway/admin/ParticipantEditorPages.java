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
import org.pikir.gateway.forum.CodeLabels;
import org.pikir.gateway.forum.ParticipantResponse;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;

import java.util.List;
import java.util.Objects;

/** Correcting one participant of a forum: a misspelt name, the role, the position and organisation in each language. */
@Path(ForumEditorPages.PATH)
@Produces(MediaType.TEXT_HTML)
public class ParticipantEditorPages {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance participant(Page page, AdminNav nav, EditedForum forum, long id, Form form,
                                                   List<Choice> roles);
    }

    private final ForumEditing editing;

    public ParticipantEditorPages(ForumEditing editing) {
        this.editing = editing;
    }

    @GET
    @Path("{slug}/participants/{id}")
    @Operation(summary = "The form to correct a participant (HTML)")
    public RestResponse<TemplateInstance> edit(@PathParam("slug") String slug, @PathParam("id") String id) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/participants/" + id);
        ParticipantResponse participant = find(forum, id);
        return editing.show(page(forum, participant.id(), ParticipantForm.of(participant)));
    }

    @POST
    @Path("{slug}/participants/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Saves a participant in events-service; the change shows in the forum's public history")
    public RestResponse<TemplateInstance> save(@PathParam("slug") String slug, @PathParam("id") String id,
                                               @BeanParam ParticipantForm sent) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/participants/" + id);
        long participant = find(forum, id).id();
        Form form = sent.form();
        ServiceAnswer<Void> answer = editing.client().editParticipant(forum.user(), slug, participant,
                ParticipantForm.request(form));
        if (editing.refused(answer, forum, form, ParticipantForm.errors(forum))) {
            return editing.show(ForumEditing.statusOf(answer), page(forum, participant, form));
        }
        return editing.backToItem(forum, "participant-saved", ForumPart.PARTICIPANTS, participant);
    }

    private TemplateInstance page(EditedForum forum, long id, Form form) {
        List<Choice> roles = NewParticipant.ROLES.stream().map(r -> new Choice(r, CodeLabels.role(r, forum.lang()))).toList();
        return Templates.participant(editing.page(forum.href() + "/participants/" + id), editing.nav(forum), forum, id,
                form, roles);
    }

    private static ParticipantResponse find(EditedForum forum, String id) {
        Long wanted = AdminForms.id(id);
        return forum.event().participants().stream().filter(p -> wanted != null && Objects.equals(p.id(), wanted))
                .findFirst().orElseThrow(() -> new PageNotFoundException("No participant " + id + " in " + forum.slug()));
    }
}
