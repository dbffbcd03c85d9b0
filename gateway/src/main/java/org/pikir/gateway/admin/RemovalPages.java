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
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Removing a participant, a session, a statement or a material, and deleting a draft: each asks on a page of its
 * own first (no script dialog), saying what goes and what stays.
 */
@Path(ForumEditorPages.PATH)
@Produces(MediaType.TEXT_HTML)
public class RemovalPages {

    private static final String CONFIRM = "confirm";

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance confirm(Page page, AdminNav nav, EditedForum forum, Removal removal, Form form);
    }

    /** What the confirmation page asks about: the thing, what removing it means, where the form goes. */
    public record Removal(String heading, String subject, String consequence, String button, String action,
                          String cancelHref) {
    }

    private final ForumEditing editing;

    public RemovalPages(ForumEditing editing) {
        this.editing = editing;
    }

    @GET
    @Path("{slug}/{part}/{id}/remove")
    @Operation(summary = "Asks whether to remove an item of a forum's list (HTML)")
    public RestResponse<TemplateInstance> askItem(@PathParam("slug") String slug, @PathParam("part") String part,
                                                  @PathParam("id") String id) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/" + part + "/" + id + "/remove");
        return editing.show(confirmation(forum, itemRemoval(forum, part, id), Form.empty()));
    }

    @POST
    @Path("{slug}/{part}/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Removes an item of a forum's list, then back to the forum's editing page")
    public RestResponse<TemplateInstance> removeItem(@PathParam("slug") String slug, @PathParam("part") String part,
                                                     @PathParam("id") String id) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/" + part + "/" + id + "/remove");
        Removal removal = itemRemoval(forum, part, id);
        ForumPart list = ForumPart.of(part).orElseThrow();
        ServiceAnswer<Void> answer = editing.client().remove(forum.user(), slug, list, Long.parseLong(id.strip()));
        Form form = Form.empty();
        if (editing.refused(answer, forum, form, FieldErrorMapping.startingAt(CONFIRM))) {
            return editing.show(ForumEditing.statusOf(answer), confirmation(forum, removal, form));
        }
        return editing.backToForum(forum, "removed", "#" + list.path());
    }

    @GET
    @Path("{slug}/delete")
    @Operation(summary = "Asks whether to delete a draft forum (HTML)")
    public RestResponse<TemplateInstance> askDraft(@PathParam("slug") String slug) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/delete");
        return editing.show(confirmation(forum, draftRemoval(forum), Form.empty()));
    }

    @POST
    @Path("{slug}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Deletes a draft forum with everything in it, then the list of forums")
    public RestResponse<TemplateInstance> deleteDraft(@PathParam("slug") String slug) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/delete");
        ServiceAnswer<Void> answer = editing.client().deleteDraft(forum.user(), slug);
        Form form = Form.empty();
        if (editing.refused(answer, forum, form, FieldErrorMapping.startingAt(CONFIRM))) {
            return editing.show(ForumEditing.statusOf(answer), confirmation(forum, draftRemoval(forum), form));
        }
        return RestResponse.seeOther(URI.create(ForumEditorPages.PATH + "?done=deleted"));
    }

    private TemplateInstance confirmation(EditedForum forum, Removal removal, Form form) {
        return Templates.confirm(editing.page(removal.action()), editing.nav(forum), forum, removal, form);
    }

    private static Removal draftRemoval(EditedForum forum) {
        EditorMessages ed = forum.ed();
        return new Removal(ed.delete_draft_heading(), forum.title(), ed.delete_draft_consequence(), ed.delete_draft(),
                forum.href() + "/delete", forum.href() + "#status");
    }

    private static Removal itemRemoval(EditedForum forum, String part, String id) {
        ForumPart list = ForumPart.of(part).orElseThrow(() -> new PageNotFoundException("No list " + part));
        Long item = AdminForms.id(id);
        String subject = Optional.ofNullable(item).flatMap(i -> describe(forum.event(), list, i, forum.lang()))
                .orElseThrow(() -> new PageNotFoundException("No " + part + " " + id + " in " + forum.slug()));
        EditorMessages ed = forum.ed();
        String action = forum.href() + "/" + list.path() + "/" + item + "/remove";
        String cancel = forum.href() + "#" + list.anchor(item);
        return switch (list) {
            case PARTICIPANTS -> new Removal(ed.remove_participant_heading(), subject, ed.remove_participant_consequence(),
                    ed.remove_participant(), action, cancel);
            case AGENDA -> new Removal(ed.remove_session_heading(), subject, ed.remove_session_consequence(),
                    ed.remove_session(), action, cancel);
            case STATEMENTS -> new Removal(ed.remove_statement_heading(), subject, ed.remove_statement_consequence(),
                    ed.remove_statement(), action, cancel);
            case MATERIALS -> new Removal(ed.remove_material_heading(), subject, ed.remove_material_consequence(),
                    ed.remove_material(), action, cancel);
        };
    }

    /** The words that name an item on the confirmation page; empty when the forum has no such item. */
    private static Optional<String> describe(EventResponse event, ForumPart list, long id, String lang) {
        return switch (list) {
            case PARTICIPANTS -> event.participants().stream().filter(p -> Objects.equals(p.id(), id)).findFirst()
                    .map(p -> p.name());
            case AGENDA -> event.agenda().stream().filter(a -> Objects.equals(a.id(), id)).findFirst()
                    .map(a -> LocalizedText.pick(a.title(), lang).text());
            case STATEMENTS -> event.statements().stream().filter(s -> Objects.equals(s.id(), id)).findFirst()
                    .map(s -> ForumRows.excerpt(s.text()));
            case MATERIALS -> event.materials().stream().filter(m -> Objects.equals(m.id(), id)).findFirst()
                    .map(m -> LocalizedText.pick(m.title(), lang).text());
        };
    }
}
