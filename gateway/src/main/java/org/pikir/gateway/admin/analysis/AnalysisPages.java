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
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.UiLanguage;

import java.util.List;

/**
 * A forum's analysis overview (moderators and administrators): how much of the feedback is analysed, by language and
 * source; the background job of the forum; the codebook of accepted and suggested themes with their counts, terms and
 * quotes, each accepted or discarded here and edited on its own page; and the form that adds a theme by hand.
 */
@Path("/admin/forums/{slug}/analysis")
@Produces(MediaType.TEXT_HTML)
public class AnalysisPages {

    static final String SUGGEST = "suggest-button";
    static final String NAME = "theme-name";
    static final String DESCRIPTION = "theme-description";
    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 2000;

    @CheckedTemplate(basePath = "AnalysisPages")
    static class Templates {

        static native TemplateInstance overview(Page page, AdminNav nav, AnalysedForum forum,
                                                AnalysisViews.DashboardView dashboard, AnalysisViews.JobView job,
                                                List<AnalysisViews.ThemeView> accepted,
                                                List<AnalysisViews.ThemeView> suggested, Form form, String done,
                                                String runningHref);
    }

    private final AnalysisConsole console;

    public AnalysisPages(AnalysisConsole console) {
        this.console = console;
    }

    @GET
    @Operation(summary = "A forum's analysis: dashboard, current job, codebook of themes, new theme form (HTML)")
    public RestResponse<TemplateInstance> overview(@PathParam("slug") String slug, @QueryParam("done") String done) {
        AnalysedForum forum = console.open(slug, AnalysisConsole.pathOf(slug));
        AnalysisMessages ana = forum.ana();
        String doneText = switch (done == null ? "" : done) {
            case "created" -> ana.done_created();
            case "accepted" -> ana.done_accepted();
            case "discarded" -> ana.done_discarded();
            case "merged" -> ana.done_merged();
            case "cancelled" -> ana.done_cancelled();
            default -> null;
        };
        return console.show(page(forum, Form.empty(), doneText, null));
    }

    @POST
    @Path("themes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Adds an accepted theme by hand, then the overview at the theme")
    public RestResponse<TemplateInstance> create(@PathParam("slug") String slug,
                                                 @RestForm("name.kk") String nameKk, @RestForm("name.ru") String nameRu,
                                                 @RestForm("name.en") String nameEn,
                                                 @RestForm("description.kk") String descriptionKk,
                                                 @RestForm("description.ru") String descriptionRu,
                                                 @RestForm("description.en") String descriptionEn) {
        AnalysedForum forum = console.open(slug, AnalysisConsole.pathOf(slug));
        Form form = themeForm(nameKk, nameRu, nameEn, descriptionKk, descriptionRu, descriptionEn);
        if (!checkThemeText(form, forum.ana())) {
            return console.show(400, page(forum, form, null, null));
        }
        ServiceAnswer<ThemeResponse> answer = console.client().createTheme(forum.slug(), themeText(form));
        if (answer instanceof ServiceAnswer.Done<ThemeResponse> created && created.value().id() != null) {
            return AnalysisConsole.seeOther(forum.href() + "?done=created#theme-" + created.value().id());
        }
        console.refused(answer, forum, form, themeFields(forum.ana()));
        return console.show(AnalysisConsole.statusOf(answer), page(forum, form, null, null));
    }

    @POST
    @Path("suggest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Starts the theme suggestion job of the forum, then its progress page")
    public RestResponse<TemplateInstance> suggest(@PathParam("slug") String slug, @RestForm String themes) {
        AnalysedForum forum = console.open(slug, AnalysisConsole.pathOf(slug));
        Form form = Form.empty().with("themes", AdminForms.strip(themes));
        JobPages.Start start = JobPages.start(console, forum, JobResponse.SUGGEST_THEMES, form, SUGGEST);
        if (start.location() != null) {
            return AnalysisConsole.seeOther(start.location());
        }
        return console.show(start.status(), page(forum, form, null, start.runningHref()));
    }

    /** The overview; {@code runningHref} links the job that kept a new one from starting. */
    TemplateInstance page(AnalysedForum forum, Form form, String done, String runningHref) {
        String path = forum.href();
        DashboardResponse dashboard = console.required(console.client().dashboard(forum.slug()), forum, path,
                "the dashboard");
        CursorPage<ThemeResponse> themes = console.required(console.client().themes(forum.slug()), forum, path,
                "the themes");
        List<AnalysisViews.ThemeView> views = themes.items().stream().filter(t -> t.id() != null)
                .map(t -> AnalysisViews.theme(t, forum)).toList();
        return Templates.overview(console.page(path), console.nav(forum), forum,
                AnalysisViews.dashboard(dashboard, forum), console.currentJob(forum),
                views.stream().filter(AnalysisViews.ThemeView::accepted).toList(),
                views.stream().filter(AnalysisViews.ThemeView::suggested).toList(), form, done, runningHref);
    }

    /** A theme's name and description as typed ({@code name.kk} …). */
    static Form themeForm(String nameKk, String nameRu, String nameEn, String descriptionKk, String descriptionRu,
                          String descriptionEn) {
        return Form.empty().with("name.kk", AdminForms.strip(nameKk)).with("name.ru", AdminForms.strip(nameRu))
                .with("name.en", AdminForms.strip(nameEn)).with("description.kk", AdminForms.strip(descriptionKk))
                .with("description.ru", AdminForms.strip(descriptionRu))
                .with("description.en", AdminForms.strip(descriptionEn));
    }

    /** What the page can tell before asking: a name in at least one language, and lengths. */
    static boolean checkThemeText(Form form, AnalysisMessages ana) {
        checkThemeText(form, ana, NAME, DESCRIPTION);
        return !form.hasErrors();
    }

    /** The same for a form whose name and description fields have other ids ({@code nameId-kk} …). */
    static void checkThemeText(Form form, AnalysisMessages ana, String nameId, String descriptionId) {
        if (AdminForms.texts(form, "name").isEmpty()) {
            form.reject(nameId + "-kk", ana.error_name_required());
        }
        for (String lang : UiLanguage.CODES) {
            if (form.value("name." + lang).length() > MAX_NAME) {
                form.reject(nameId + "-" + lang, ana.error_too_long(MAX_NAME));
            }
            if (form.value("description." + lang).length() > MAX_DESCRIPTION) {
                form.reject(descriptionId + "-" + lang, ana.error_too_long(MAX_DESCRIPTION));
            }
        }
    }

    static AnalysisApi.ThemeText themeText(Form form) {
        return new AnalysisApi.ThemeText(AdminForms.texts(form, "name"), AdminForms.texts(form, "description"));
    }

    static FieldErrorMapping themeFields(AnalysisMessages ana) {
        return FieldErrorMapping.startingAt(NAME + "-kk")
                .perLanguage("name", NAME, ana.error_name())
                .perLanguage("description", DESCRIPTION, ana.error_description());
    }
}
