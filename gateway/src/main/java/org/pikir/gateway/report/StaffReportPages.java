package org.pikir.gateway.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pikir.gateway.GatewayConfig;
import org.pikir.gateway.admin.AdminNav;
import org.pikir.gateway.admin.ForumTitles;
import org.pikir.gateway.admin.StaffAccess;
import org.pikir.gateway.admin.StaffArea;
import org.pikir.gateway.forum.CodeLabels;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.forum.EventsClient;
import org.pikir.gateway.forum.TopicNames;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.ForbiddenPageException;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.SignInRequiredException;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.Visitor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reports in the admin console (moderators and administrators): the public figures and charts,
 * the moderation outcomes, the recommendations whose answer is overdue, and the staff exports, which
 * the gateway's /api proxy streams from feedback-service with the session's token.
 */
@Path(AdminNav.REPORTS_PATH)
@Produces(MediaType.TEXT_HTML)
public class StaffReportPages {

    static final int OVERDUE_PAGE = 20;
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance forums(Page page, AdminNav nav, List<Choice> forums);

        static native TemplateInstance report(Page page, AdminNav nav, ReportView report, List<OverdueRow> overdue,
                                              String nextHref, String firstHref, List<ExportLink> exports);
    }

    /** An overdue recommendation, linked to its review page. */
    public record OverdueRow(long id, String title, String href, String statusLabel, String assignee,
                             int endorsements, String dueIso, String dueText, long daysLate) {
    }

    public record ExportLink(String href, String label) {
    }

    private final StaffAccess access;
    private final EventsClient events;
    private final ForumTitles titles;
    private final ReportClient reports;
    private final Visitor visitor;
    private final Pages pages;
    private final TopicNames topics;
    private final ZoneId zone;

    public StaffReportPages(StaffAccess access, EventsClient events, ForumTitles titles, ReportClient reports,
                            Visitor visitor, Pages pages, TopicNames topics, GatewayConfig config) {
        this.topics = topics;
        this.access = access;
        this.events = events;
        this.titles = titles;
        this.reports = reports;
        this.visitor = visitor;
        this.pages = pages;
        this.zone = config.timeZone();
    }

    @GET
    @Operation(summary = "The forums whose report staff can open (HTML)")
    public TemplateInstance forums() {
        SignedInUser user = access.require(StaffArea.REPORTS, AdminNav.REPORTS_PATH);
        String lang = visitor.language();
        List<Choice> forums = titles.in(lang).entrySet().stream()
                .map(e -> new Choice(AdminNav.REPORTS_PATH + "/" + e.getKey(), e.getValue())).toList();
        return pages.localized(Templates.forums(pages.page(AdminNav.REPORTS_PATH),
                AdminNav.of(user, StaffArea.REPORTS, lang), forums));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A forum's report for staff: figures, charts, moderation, overdue answers, exports (HTML)")
    public TemplateInstance report(@PathParam("slug") String slug, @QueryParam("after") String after) {
        String cursor = after != null && CURSOR.matcher(after).matches() ? after : null;
        String path = AdminNav.REPORTS_PATH + "/" + slug;
        SignedInUser user = access.require(StaffArea.REPORTS, cursor == null ? path : path + "?after=" + cursor);
        String lang = visitor.language();
        EventResponse forum = events.forum(slug).orElseThrow(() -> new PageNotFoundException("No published forum " + slug));
        ReportView view = ReportView.of(reports.report(forum.slug()), ReportPages.titleOf(forum, lang), zone, lang,
                topics.in(lang));
        ServiceAnswer<CursorPage<OverdueRecommendation>> answer = reports.overdue(user, forum.slug(), OVERDUE_PAGE, cursor);
        CursorPage<OverdueRecommendation> overdue = new CursorPage<>(List.of(), null);
        if (answer instanceof ServiceAnswer.Done<CursorPage<OverdueRecommendation>> found) {
            overdue = found.value();
        } else if (answer instanceof ServiceAnswer.Refused<CursorPage<OverdueRecommendation>> refused) {
            if (refused.status() == 401) {
                throw new SignInRequiredException(path);
            }
            if (refused.status() == 403) {
                throw new ForbiddenPageException("feedback-service refused the overdue list to " + user.username());
            }
            // a stale cursor: the list starts again from its first page
        }
        List<OverdueRow> rows = overdue.items().stream()
                .map(o -> new OverdueRow(o.id(), o.title(), "/admin/review/" + o.id(), CodeLabels.status(o.status(), lang),
                        o.assignee(), o.endorsementCount(), o.answerDueAt() == null ? "" : o.answerDueAt().toString(),
                        DisplayFormats.date(o.answerDueAt(), zone, lang), o.daysOverdue()))
                .toList();
        String next = overdue.nextCursor() == null ? null
                : path + "?after=" + URLEncoder.encode(overdue.nextCursor(), StandardCharsets.UTF_8) + "#overdue";
        String first = cursor == null ? null : path + "#overdue";
        ReportMessages rep = ReportView.messages(lang);
        String exports = "/api/feedback/exports/" + forum.slug() + "/";
        List<ExportLink> links = List.of(new ExportLink(exports + "comments.csv", rep.export_comments_csv()),
                new ExportLink(exports + "comments.json", rep.export_comments_json()),
                new ExportLink(exports + "recommendations.csv", rep.export_recommendations_csv()),
                new ExportLink(exports + "recommendations.json", rep.export_recommendations_json()));
        return pages.localized(Templates.report(pages.page(path), AdminNav.of(user, StaffArea.REPORTS, lang), view, rows,
                next, first, links));
    }
}
