package org.pikir.gateway.admin.analysis;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.admin.AdminForms;
import org.pikir.gateway.admin.AdminNav;
import org.pikir.gateway.admin.FieldErrorMapping;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;

import java.util.List;

/**
 * One theme of a forum's codebook: rename and re-describe it in kk/ru/en, accept or discard it, merge it into another
 * theme, and (once accepted) write the public response to it in kk/ru/en, which the forum's report shows.
 */
@Path("/admin/forums/{slug}/analysis/themes/{id}")
@Produces(MediaType.TEXT_HTML)
public class ThemePages {

    static final String DECISION = "theme-decision";
    static final String MERGE_INTO = "merge-into";
    static final String RESPONSE = "response-text";
    static final int MAX_RESPONSE = 5000;

    @CheckedTemplate(basePath = "AnalysisPages")
    static class Templates {

        static native TemplateInstance theme(Page page, AdminNav nav, AnalysedForum forum,
                                             AnalysisViews.ThemeView theme, List<Form.FormError> errors, Form form,
                                             Form response, List<Choice> mergeTargets, String selectedTarget,
                                             String mergeError, String decisionError, String respondedText,
                                             String done);
    }

    /** Which form of the page a refusal is shown on. */
    private enum Part { RENAME, DECISION, MERGE, RESPONSE }

    private final AnalysisConsole console;

    public ThemePages(AnalysisConsole console) {
        this.console = console;
    }

    @GET
    @Operation(summary = "One theme: rename, accept or discard, merge, public response (HTML)")
    public RestResponse<TemplateInstance> theme(@PathParam("slug") String slug, @PathParam("id") String id,
                                                @QueryParam("done") String done) {
        AnalysedForum forum = console.open(slug, path(slug, id));
        AnalysisMessages ana = forum.ana();
        String doneText = switch (done == null ? "" : done) {
            case "renamed" -> ana.done_renamed();
            case "responded" -> ana.done_responded();
            case "accepted" -> ana.done_accepted();
            default -> null;
        };
        return console.show(render(forum, idOf(id), null, Form.empty(), doneText));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Renames and re-describes the theme")
    public RestResponse<TemplateInstance> rename(@PathParam("slug") String slug, @PathParam("id") String id,
                                                 @RestForm("name.kk") String nameKk, @RestForm("name.ru") String nameRu,
                                                 @RestForm("name.en") String nameEn,
                                                 @RestForm("description.kk") String descriptionKk,
                                                 @RestForm("description.ru") String descriptionRu,
                                                 @RestForm("description.en") String descriptionEn) {
        AnalysedForum forum = console.open(slug, path(slug, id));
        long theme = idOf(id);
        Form form = AnalysisPages.themeForm(nameKk, nameRu, nameEn, descriptionKk, descriptionRu, descriptionEn);
        if (!AnalysisPages.checkThemeText(form, forum.ana())) {
            return console.show(400, render(forum, theme, Part.RENAME, form, null));
        }
        ServiceAnswer<Void> answer = console.client().renameTheme(forum.slug(), theme, AnalysisPages.themeText(form));
        if (console.refused(answer, forum, form, AnalysisPages.themeFields(forum.ana()))) {
            return console.show(AnalysisConsole.statusOf(answer), render(forum, theme, Part.RENAME, form, null));
        }
        return AnalysisConsole.seeOther(forum.themeHref(theme) + "?done=renamed");
    }

    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Accepts a suggested theme into the codebook")
    public RestResponse<TemplateInstance> accept(@PathParam("slug") String slug, @PathParam("id") String id) {
        return decide(slug, id, "accept", "accepted");
    }

    @POST
    @Path("discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Discards a theme (its suggested tags go with it)")
    public RestResponse<TemplateInstance> discard(@PathParam("slug") String slug, @PathParam("id") String id) {
        return decide(slug, id, "discard", "discarded");
    }

    private RestResponse<TemplateInstance> decide(String slug, String id, String decision, String done) {
        AnalysedForum forum = console.open(slug, path(slug, id));
        long theme = idOf(id);
        Form form = Form.empty();
        ServiceAnswer<Void> answer = console.client().decide(forum.slug(), theme, decision);
        if (console.refused(answer, forum, form, FieldErrorMapping.startingAt(DECISION))) {
            return console.show(AnalysisConsole.statusOf(answer), render(forum, theme, Part.DECISION, form, null));
        }
        return AnalysisConsole.seeOther(forum.href() + "?done=" + done + "#codebook");
    }

    @POST
    @Path("merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Merges the theme into another: its tags move there")
    public RestResponse<TemplateInstance> merge(@PathParam("slug") String slug, @PathParam("id") String id,
                                                @RestForm String into) {
        AnalysedForum forum = console.open(slug, path(slug, id));
        long theme = idOf(id);
        Form form = Form.empty().with("into", AdminForms.strip(into));
        Long target = AdminForms.id(into);
        if (target == null || target == theme) {
            form.reject(MERGE_INTO, forum.ana().error_merge_into());
            return console.show(400, render(forum, theme, Part.MERGE, form, null));
        }
        ServiceAnswer<Void> answer = console.client().merge(forum.slug(), theme, target);
        FieldErrorMapping fields = FieldErrorMapping.startingAt(MERGE_INTO)
                .field("into", MERGE_INTO, forum.ana().error_merge_into());
        if (console.refused(answer, forum, form, fields)) {
            return console.show(AnalysisConsole.statusOf(answer), render(forum, theme, Part.MERGE, form, null));
        }
        return AnalysisConsole.seeOther(forum.href() + "?done=merged#theme-" + target);
    }

    @POST
    @Path("response")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Publishes, replaces or (all empty) removes the public response to an accepted theme")
    public RestResponse<TemplateInstance> respond(@PathParam("slug") String slug, @PathParam("id") String id,
                                                  @RestForm("response.kk") String kk, @RestForm("response.ru") String ru,
                                                  @RestForm("response.en") String en) {
        AnalysedForum forum = console.open(slug, path(slug, id));
        long theme = idOf(id);
        Form form = Form.empty().with("response.kk", AdminForms.strip(kk)).with("response.ru", AdminForms.strip(ru))
                .with("response.en", AdminForms.strip(en));
        for (String lang : List.of("kk", "ru", "en")) {
            if (form.value("response." + lang).length() > MAX_RESPONSE) {
                form.reject(RESPONSE + "-" + lang, forum.ana().error_too_long(MAX_RESPONSE));
            }
        }
        if (form.hasErrors()) {
            return console.show(400, render(forum, theme, Part.RESPONSE, form, null));
        }
        ServiceAnswer<Void> answer = console.client().respond(forum.slug(), theme, AdminForms.texts(form, "response"));
        FieldErrorMapping fields = FieldErrorMapping.startingAt(RESPONSE + "-kk")
                .perLanguage("text", RESPONSE, forum.ana().error_response());
        if (console.refused(answer, forum, form, fields)) {
            return console.show(AnalysisConsole.statusOf(answer), render(forum, theme, Part.RESPONSE, form, null));
        }
        return AnalysisConsole.seeOther(forum.themeHref(theme) + "?done=responded#" + RESPONSE + "-kk");
    }

    /** The theme's page; the form of {@code part} shows what was sent and its errors, the others what is stored. */
    private TemplateInstance render(AnalysedForum forum, long id, Part part, Form sent, String done) {
        String path = forum.themeHref(id);
        ThemeResponse theme = console.required(console.client().theme(forum.slug(), id), forum, path, "theme " + id);
        if ("MERGED".equals(theme.status()) || "DISCARDED".equals(theme.status())) {
            throw new PageNotFoundException("Theme " + id + " of " + forum.slug() + " is " + theme.status());
        }
        Form rename = part == Part.RENAME ? sent : AdminForms.withTexts(AdminForms.withTexts(Form.empty(), "name",
                theme.name()), "description", theme.description());
        Form response = part == Part.RESPONSE ? sent : AdminForms.withTexts(Form.empty(), "response", theme.response());
        String responded = theme.respondedAt() == null ? null : forum.ana().responded_at(
                DisplayFormats.dateTime(theme.respondedAt(), forum.zone(), forum.lang()),
                theme.respondedBy() == null ? "" : theme.respondedBy());
        return Templates.theme(console.page(path), console.nav(forum), forum, AnalysisViews.theme(theme, forum),
                sent.errors(), rename, response, mergeTargets(forum, id), sent.value("into"),
                part == Part.MERGE ? sent.error(MERGE_INTO) : null,
                part == Part.DECISION ? sent.error(DECISION) : null, responded, done);
    }

    /** The other accepted and suggested themes, which this one may be merged into. */
    private List<Choice> mergeTargets(AnalysedForum forum, long id) {
        if (!(console.client().themes(forum.slug()) instanceof ServiceAnswer.Done<CursorPage<ThemeResponse>> found)) {
            return List.of();
        }
        return found.value().items().stream()
                .filter(t -> t.id() != null && t.id() != id && (t.accepted() || t.suggested()))
                .map(t -> new Choice(String.valueOf(t.id()), AnalysisConsole.name(t.name(), t.id(), forum.lang())
                        + " (" + AnalysisViews.statusLabel(t.status(), forum.ana()) + ")"))
                .toList();
    }

    private static String path(String slug, String id) {
        return AnalysisConsole.pathOf(slug) + "/themes/" + id;
    }

    private static long idOf(String id) {
        Long value = AdminForms.id(id);
        if (value == null) {
            throw new PageNotFoundException("No theme " + id);
        }
        return value;
    }
}
