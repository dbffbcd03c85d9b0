package org.pikir.gateway.forum;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pikir.gateway.GatewayConfig;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.Visitor;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A forum's public change history: what the editors changed, when, and under which account. */
@Path("/forums/{slug}/history")
@Produces(MediaType.TEXT_HTML)
public class HistoryPages {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance history(Page page, ForumView forum, List<HistoryEntryView> entries);
    }

    private final EventsClient events;
    private final Visitor visitor;
    private final Pages pages;
    private final ZoneId defaultZone;

    public HistoryPages(EventsClient events, Visitor visitor, Pages pages, GatewayConfig config) {
        this.events = events;
        this.visitor = visitor;
        this.pages = pages;
        this.defaultZone = config.timeZone();
    }

    @GET
    @Operation(summary = "A forum's public change history, newest first (HTML)")
    public TemplateInstance history(@PathParam("slug") String slug) {
        EventResponse event = events.forum(slug).orElseThrow(() -> new PageNotFoundException("No published forum " + slug));
        List<EventChangeResponse> changes = events.history(slug)
                .orElseThrow(() -> new PageNotFoundException("No history of " + slug));
        ForumLabels labels = ForumLabels.in(visitor.language());
        ForumView forum = ForumView.of(event, defaultZone, Instant.now(), labels);
        List<HistoryEntryView> entries = changes.stream()
                .map(change -> HistoryEntryView.of(change, forum.zone(), labels))
                .toList();
        return pages.localized(Templates.history(pages.page(forum.historyHref()), forum, entries));
    }
}
