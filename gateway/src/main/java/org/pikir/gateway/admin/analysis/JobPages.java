package org.pikir.gateway.admin.analysis;

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
import org.pikir.gateway.admin.AdminForms;
import org.pikir.gateway.admin.AdminNav;
import org.pikir.gateway.admin.FieldErrorMapping;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;

import java.util.Map;

/**
 * A forum's background analysis job (theme suggestions or the campaign search): its progress, its outcome, and
 * Cancel. While the job is queued or running a small script ({@code /js/job-progress.js}, allowed by
 * {@code script-src 'self'}) reads {@code …/progress} every 2 seconds with the session cookie (no token in the
 * browser) and moves the bar; without it, a Refresh link does the same. Not a {@code meta} refresh: a page that
 * reloads itself on a timer fails WCAG 2.2.1 (axe's {@code meta-refresh}) and moves a keyboard user's focus.
 */
@Path("/admin/forums/{slug}/analysis/jobs/{id}")
@Produces(MediaType.TEXT_HTML)
public class JobPages {

    static final String CANCEL = "job-cancel";
    static final String JOB_THEMES = "job-themes";
    static final int MAX_THEMES = 50;

    @CheckedTemplate(basePath = "AnalysisPages")
    static class Templates {

        static native TemplateInstance job(Page page, AdminNav nav, AnalysedForum forum, AnalysisViews.JobView job,
                                           Form form);
    }

    /** What the job page's script shows of a job while it runs. */
    public record Progress(String status, String statusLabel, boolean running, int progress, String progressText) {
    }

    /** How starting a job went: the job's page, else the refusal is on the form ({@code runningHref}: the job in the way). */
    record Start(String location, String runningHref, int status) {
    }

    private final AnalysisConsole console;

    public JobPages(AnalysisConsole console) {
        this.console = console;
    }

    @GET
    @Operation(summary = "A background analysis job: progress, refreshing itself while it runs, outcome, Cancel (HTML)")
    public RestResponse<TemplateInstance> job(@PathParam("slug") String slug, @PathParam("id") String id) {
        AnalysedForum forum = console.open(slug, AnalysisConsole.pathOf(slug) + "/jobs/" + id);
        return console.show(render(forum, idOf(id), Form.empty()));
    }

    @GET
    @Path("progress")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How far the job is, for the job page's script (JSON, with the session)")
    public Progress progress(@PathParam("slug") String slug, @PathParam("id") String id) {
        AnalysedForum forum = console.open(slug, AnalysisConsole.pathOf(slug) + "/jobs/" + id);
        long job = idOf(id);
        AnalysisViews.JobView view = AnalysisViews.job(console.required(console.client().job(forum.slug(), job), forum,
                forum.jobHref(job), "job " + job), forum);
        return new Progress(view.status(), view.statusLabel(), view.running(), view.progress(), view.progressText());
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Asks the job to stop (a queued job stops at once), then its page")
    public RestResponse<TemplateInstance> cancel(@PathParam("slug") String slug, @PathParam("id") String id) {
        AnalysedForum forum = console.open(slug, AnalysisConsole.pathOf(slug) + "/jobs/" + id);
        long job = idOf(id);
        ServiceAnswer<JobResponse> answer = console.client().cancelJob(forum.slug(), job);
        Form form = Form.empty();
        if (console.refused(answer, forum, form, FieldErrorMapping.startingAt(CANCEL))) {
            return console.show(AnalysisConsole.statusOf(answer), render(forum, job, form));
        }
        return AnalysisConsole.seeOther(forum.jobHref(job));
    }

    private TemplateInstance render(AnalysedForum forum, long id, Form form) {
        String path = forum.jobHref(id);
        JobResponse job = console.required(console.client().job(forum.slug(), id), forum, path, "job " + id);
        return Templates.job(console.page(path), console.nav(forum), forum, AnalysisViews.job(job, forum), form);
    }

    /**
     * Starts a job of {@code kind} for the forum. The number of themes wanted (optional, {@code themes} in the form)
     * is checked here; a job already queued or running is a 409 whose job {@link Start#runningHref} links.
     */
    static Start start(AnalysisConsole console, AnalysedForum forum, String kind, Form form, String field) {
        String themes = form.value("themes");
        Long count = themes.isEmpty() ? null : AdminForms.count(themes);
        if (!themes.isEmpty() && (count == null || count < 2 || count > MAX_THEMES)) {
            form.reject(JOB_THEMES, forum.ana().error_themes_count(2, MAX_THEMES));
            return new Start(null, null, 400);
        }
        ServiceAnswer<JobResponse> answer = console.client().startJob(forum.slug(), kind,
                count == null ? Map.of() : Map.of("themes", count));
        if (answer instanceof ServiceAnswer.Done<JobResponse> started) {
            return new Start(forum.jobHref(started.value().id()), null, 303);
        }
        console.refused(answer, forum, form, FieldErrorMapping.startingAt(field)
                .field("parameters", JOB_THEMES, forum.ana().error_themes_count(2, MAX_THEMES))
                .field("kind", field, forum.ana().error_rejected()));
        String running = null;
        if (answer instanceof ServiceAnswer.Refused<JobResponse> refused && refused.status() == 409
                && console.client().currentJob(forum.slug()) instanceof ServiceAnswer.Done<JobResponse> current
                && current.value().running()) {
            running = forum.jobHref(current.value().id());
        }
        return new Start(null, running, AnalysisConsole.statusOf(answer));
    }

    private static long idOf(String id) {
        Long value = AdminForms.id(id);
        if (value == null) {
            throw new PageNotFoundException("No job " + id);
        }
        return value;
    }
}
