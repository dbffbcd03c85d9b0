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
import java.util.regex.Pattern;

/** A material's own page: every version with its change note and its file or link. */
@Path("/forums/{slug}/materials/{id}")
@Produces(MediaType.TEXT_HTML)
public class MaterialPages {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance material(Page page, ForumView forum, MaterialView material,
                                                List<MaterialVersionView> versions);
    }

    private final EventsClient events;
    private final Visitor visitor;
    private final Pages pages;
    private final ZoneId defaultZone;

    public MaterialPages(EventsClient events, Visitor visitor, Pages pages, GatewayConfig config) {
        this.events = events;
        this.visitor = visitor;
        this.pages = pages;
        this.defaultZone = config.timeZone();
    }

    @GET
    @Operation(summary = "A forum's material and all its versions, each with its change note and download (HTML)")
    public TemplateInstance material(@PathParam("slug") String slug, @PathParam("id") String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new PageNotFoundException("No material can have the id " + id);
        }
        long materialId = Long.parseLong(id);
        EventResponse event = events.forum(slug).orElseThrow(() -> new PageNotFoundException("No published forum " + slug));
        MaterialResponse material = events.material(slug, materialId)
                .orElseThrow(() -> new PageNotFoundException("No material " + id + " of " + slug));
        ForumLabels labels = ForumLabels.in(visitor.language());
        ForumView forum = ForumView.of(event, defaultZone, Instant.now(), labels);
        List<MaterialVersionView> versions = material.versions().stream()
                .map(v -> MaterialVersionView.of(v, material.currentVersion(), forum.zone(), labels))
                .toList();
        return pages.localized(Templates.material(pages.page(forum.path() + "/materials/" + materialId), forum,
                MaterialView.of(slug, material, labels), versions));
    }
}
