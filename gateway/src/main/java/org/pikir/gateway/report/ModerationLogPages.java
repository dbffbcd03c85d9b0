package org.pikir.gateway.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.forum.EventsClient;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.Visitor;

/**
 * A forum's moderation in the open: how many comments and recommendations moderators hid or rejected, for which
 * reasons and in which months. Counts only: no texts, no authors, no links to the items.
 */
@Path("/forums/{slug}/moderation")
@Produces(MediaType.TEXT_HTML)
public class ModerationLogPages {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance log(Page page, ModerationLogView log);
    }

    private final EventsClient events;
    private final ReportClient reports;
    private final Visitor visitor;
    private final Pages pages;

    public ModerationLogPages(EventsClient events, ReportClient reports, Visitor visitor, Pages pages) {
        this.events = events;
        this.reports = reports;
        this.visitor = visitor;
        this.pages = pages;
    }

    @GET
    public TemplateInstance log(@PathParam("slug") String slug) {
        String lang = visitor.language();
        // feedback-service counts zeros for any address, so the forum must be known to have a log
        EventResponse forum = events.forum(slug).orElseThrow(() -> new PageNotFoundException("No published forum " + slug));
        ModerationLogView view = ModerationLogView.of(reports.moderationLog(forum.slug()),
                ReportPages.titleOf(forum, lang), lang);
        return pages.localized(Templates.log(pages.page("/forums/" + forum.slug() + "/moderation"), view));
    }
}
