package org.pikir.gateway.admin.analysis;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.GatewayConfig;
import org.pikir.gateway.admin.AdminForms;
import org.pikir.gateway.admin.AdminNav;
import org.pikir.gateway.admin.FieldErrorMapping;
import org.pikir.gateway.admin.StaffAccess;
import org.pikir.gateway.admin.StaffArea;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.forum.EventsClient;
import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.UiLanguage;
import org.pikir.gateway.web.Visitor;

import java.net.URI;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/**
 * What every page of a forum's analysis does: opens the forum for a signed-in moderator or administrator (sign-in or
 * the 403 page otherwise, the 404 page for a forum that is not published), renders in the visitor's language, and
 * puts feedback-service's refusals on the form next to the fields they name (the service is the only validator).
 */
@ApplicationScoped
public class AnalysisConsole {

    private final StaffAccess access;
    private final EventsClient events;
    private final AnalysisClient analysis;
    private final Visitor visitor;
    private final Pages pages;
    private final ZoneId defaultZone;

    public AnalysisConsole(StaffAccess access, EventsClient events, AnalysisClient analysis, Visitor visitor,
                           Pages pages, GatewayConfig config) {
        this.access = access;
        this.events = events;
        this.analysis = analysis;
        this.visitor = visitor;
        this.pages = pages;
        this.defaultZone = config.timeZone();
    }

    AnalysisClient client() {
        return analysis;
    }

    /** Forum {@code slug} for the signed-in staff member; sign-in comes back to {@code path}; else the 404 page. */
    AnalysedForum open(String slug, String path) {
        SignedInUser user = access.require(StaffArea.ANALYSIS, path);
        EventResponse event = EventsClient.possibleSlug(slug) ? events.forum(slug).orElse(null) : null;
        if (event == null) {
            throw new PageNotFoundException("No published forum " + slug + " to analyse");
        }
        String title = LocalizedText.pick(event.title(), visitor.language()).text();
        return new AnalysedForum(user, event.slug(), title.isEmpty() ? event.slug() : title, visitor.language(),
                zoneOf(event));
    }

    /** The signed-in staff member who may analyse; for the pages that are about no one forum. */
    SignedInUser require(String path) {
        return access.require(StaffArea.ANALYSIS, path);
    }

    String language() {
        return visitor.language();
    }

    Page page(String path) {
        return pages.page(path);
    }

    TemplateInstance localized(TemplateInstance template) {
        return pages.localized(template);
    }

    AdminNav nav(SignedInUser user, String lang) {
        return AdminNav.of(user, StaffArea.ANALYSIS, lang);
    }

    AdminNav nav(AnalysedForum forum) {
        return nav(forum.user(), forum.lang());
    }

    RestResponse<TemplateInstance> show(TemplateInstance template) {
        return show(200, template);
    }

    /** Any status, 422 too (which {@link RestResponse.Status} does not name). */
    RestResponse<TemplateInstance> show(int status, TemplateInstance template) {
        return RestResponse.ResponseBuilder.<TemplateInstance>create(status).entity(pages.localized(template))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** The status a refused form comes back with: the service's own, 400 for the page's own checks. */
    static int statusOf(ServiceAnswer<?> answer) {
        return answer instanceof ServiceAnswer.Refused<?> refused ? refused.status() : 400;
    }

    /** What feedback-service answered, or the sign-in page, the 403 page or the 404 page. */
    <T> T required(ServiceAnswer<T> answer, AnalysedForum forum, String path, String what) {
        if (answer instanceof ServiceAnswer.Done<T> done) {
            return done.value();
        }
        AdminForms.throwIfSessionOrRole((ServiceAnswer.Refused<?>) answer, path, forum.user());
        throw new PageNotFoundException("feedback-service refused " + what + " of " + forum.slug());
    }

    /**
     * Whether feedback-service refused the change; if so its reasons are on {@code form}: a theme whose status does
     * not allow it or a job already running (409), a theme or item that is gone (404), or each field error next to
     * its field. A lost session or role is never a form error.
     */
    boolean refused(ServiceAnswer<?> answer, AnalysedForum forum, Form form, FieldErrorMapping fields) {
        if (!(answer instanceof ServiceAnswer.Refused<?> refused)) {
            return false;
        }
        AdminForms.throwIfSessionOrRole(refused, forum.href(), forum.user());
        AnalysisMessages ana = forum.ana();
        if (refused.status() == 409) {
            form.reject(fields.firstField(), refused.is("job-running") ? ana.error_job_running() : ana.error_status());
        } else if (refused.status() == 404) {
            form.reject(fields.firstField(), ana.error_gone());
        } else {
            fields.applyTo(refused.errors(), form, ana.error_rejected());
        }
        return true;
    }

    /** The forum's queued or running job, else its newest; null when it never had one. */
    AnalysisViews.JobView currentJob(AnalysedForum forum) {
        ServiceAnswer<JobResponse> answer = analysis.currentJob(forum.slug());
        if (answer instanceof ServiceAnswer.Done<JobResponse> found) {
            return AnalysisViews.job(found.value(), forum);
        }
        AdminForms.throwIfSessionOrRole((ServiceAnswer.Refused<?>) answer, forum.href(), forum.user());
        return null;
    }

    static <T> RestResponse<T> seeOther(String location) {
        return RestResponse.seeOther(URI.create(location));
    }

    static AnalysisMessages messages(String lang) {
        return MessageBundles.get(AnalysisMessages.class, Localized.Literal.of(lang));
    }

    static String pathOf(String slug) {
        return "/admin/forums/" + slug + "/analysis";
    }

    /** A theme's name in the page's language, else in another, else its number. */
    static String name(Map<String, String> names, long id, String lang) {
        String name = LocalizedText.pick(names == null ? Map.of() : names, lang).text();
        return name.isEmpty() ? "#" + id : name;
    }

    static String number(long value, String lang) {
        return NumberFormat.getIntegerInstance(UiLanguage.locale(lang)).format(value);
    }

    private ZoneId zoneOf(EventResponse event) {
        try {
            return event.timeZone() == null || event.timeZone().isBlank() ? defaultZone : ZoneId.of(event.timeZone());
        } catch (DateTimeException e) {
            return defaultZone;
        }
    }
}
