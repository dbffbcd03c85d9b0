package org.pikir.gateway.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pikir.gateway.GatewayConfig;
import org.pikir.gateway.draft.DiscussedArticle;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.forum.EventsClient;
import org.pikir.gateway.forum.TopicNames;
import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.Visitor;

import java.time.ZoneId;
import java.util.List;

/**
 * "What we heard" on one forum, for everyone: headline figures, charts drawn as SVG by the page
 * itself (no scripts), the most endorsed recommendations, and the open-data file. No names.
 */
@Path("/forums/{slug}/report")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance report(Page page, ReportView report, List<DiscussedArticle> discussed);
    }

    private final EventsClient events;
    private final ReportClient reports;
    private final Visitor visitor;
    private final Pages pages;
    private final TopicNames topics;
    private final ZoneId zone;

    public ReportPages(EventsClient events, ReportClient reports, Visitor visitor, Pages pages, TopicNames topics,
                       GatewayConfig config) {
        this.topics = topics;
        this.events = events;
        this.reports = reports;
        this.visitor = visitor;
        this.pages = pages;
        this.zone = config.timeZone();
    }

    @GET
    @Operation(summary = "What we heard on a forum: figures, charts (inline SVG), most endorsed, open data (HTML)")
    public TemplateInstance report(@PathParam("slug") String slug) {
        String lang = visitor.language();
        // feedback-service reports zeros for any address, so the forum must be known to have a report
        EventResponse forum = events.forum(slug).orElseThrow(() -> new PageNotFoundException("No published forum " + slug));
        EventReport report = reports.report(forum.slug());
        ReportView view = ReportView.of(report, titleOf(forum, lang), zone, lang, topics.in(lang));
        List<DiscussedArticle> discussed = DiscussedArticle.list(forum.slug(), forum.drafts(), report.mostDiscussed(), lang);
        return pages.localized(Templates.report(pages.page("/forums/" + forum.slug() + "/report"), view, discussed));
    }

    static String titleOf(EventResponse forum, String lang) {
        String title = LocalizedText.pick(forum.title(), lang).text();
        return title.isEmpty() ? forum.slug() : title;
    }
}
