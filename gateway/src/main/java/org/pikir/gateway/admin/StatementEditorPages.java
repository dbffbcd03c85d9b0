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
import org.pikir.gateway.forum.StatementResponse;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.UiLanguage;

import java.util.List;
import java.util.Objects;

/** Correcting one statement: its words, its language, quoted or reported, who said it and in which session. Its address stays the same. */
@Path(ForumEditorPages.PATH)
@Produces(MediaType.TEXT_HTML)
public class StatementEditorPages {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance statement(Page page, AdminNav nav, EditedForum forum, long id, Form form,
                                                 List<Choice> participants, List<Choice> sessions,
                                                 List<Choice> languages, List<Choice> kinds);
    }

    private final ForumEditing editing;

    public StatementEditorPages(ForumEditing editing) {
        this.editing = editing;
    }

    @GET
    @Path("{slug}/statements/{id}")
    @Operation(summary = "The form to correct a statement (HTML)")
    public RestResponse<TemplateInstance> edit(@PathParam("slug") String slug, @PathParam("id") String id) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/statements/" + id);
        StatementResponse statement = find(forum, id);
        return editing.show(page(forum, statement.id(), StatementForm.of(statement)));
    }

    @POST
    @Path("{slug}/statements/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Saves a statement in events-service; the change shows in the forum's public history")
    public RestResponse<TemplateInstance> save(@PathParam("slug") String slug, @PathParam("id") String id,
                                               @BeanParam StatementForm sent) {
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug) + "/statements/" + id);
        long statement = find(forum, id).id();
        Form form = sent.form();
        ServiceAnswer<Void> answer = editing.client().editStatement(forum.user(), slug, statement,
                StatementForm.request(form));
        if (editing.refused(answer, forum, form, StatementForm.errors(forum))) {
            return editing.show(ForumEditing.statusOf(answer), page(forum, statement, form));
        }
        return editing.backToItem(forum, "statement-saved", ForumPart.STATEMENTS, statement);
    }

    private TemplateInstance page(EditedForum forum, long id, Form form) {
        List<Choice> languages = UiLanguage.CODES.stream().map(c -> new Choice(c, UiLanguage.nativeName(c))).toList();
        return Templates.statement(editing.page(forum.href() + "/statements/" + id), editing.nav(forum), forum, id, form,
                ForumEditorPages.participantChoices(forum.event()),
                ForumEditorPages.sessionChoices(forum.event(), forum.lang()), languages,
                StatementForm.kindChoices(forum.lang()));
    }

    private static StatementResponse find(EditedForum forum, String id) {
        Long wanted = AdminForms.id(id);
        return forum.event().statements().stream().filter(s -> wanted != null && Objects.equals(s.id(), wanted))
                .findFirst().orElseThrow(() -> new PageNotFoundException("No statement " + id + " in " + forum.slug()));
    }
}
