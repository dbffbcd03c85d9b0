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
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.admin.AdminForms;
import org.pikir.gateway.admin.AdminNav;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.ServiceAnswer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The campaigns of a forum: groups of near-identical comments the CAMPAIGNS job found, largest first, each with its
 * size, one of its texts and a link to its moderation page; and the button that starts the search again.
 */
@Path("/admin/forums/{slug}/analysis/campaigns")
@Produces(MediaType.TEXT_HTML)
public class CampaignPages {

    static final int PAGE_SIZE = 20;
    static final String FIND = "find-campaigns";
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_=-]{1,300}");
    private static final List<String> STATUSES = List.of("PUBLISHED", "PENDING", "HIDDEN", "REJECTED");

    @CheckedTemplate(basePath = "AnalysisPages")
    static class Templates {

        static native TemplateInstance campaigns(Page page, AdminNav nav, AnalysedForum forum,
                                                 List<CampaignRow> campaigns, String nextHref, String firstHref,
                                                 AnalysisViews.JobView job, Form form, String runningHref);
    }

    /** A campaign in the list. */
    public record CampaignRow(long id, String size, String text, String lang, String firstText, String lastText,
                              String byStatus, String moderationHref, String itemsHref) {
    }

    private final AnalysisConsole console;
    public CampaignPages(AnalysisConsole console) {
        this.console = console;
    }

    @GET
    @Operation(summary = "A forum's campaigns of near-identical comments, largest first, and the search button (HTML)")
    public RestResponse<TemplateInstance> campaigns(@PathParam("slug") String slug, @QueryParam("after") String after) {
        String cursor = after != null && CURSOR.matcher(after).matches() ? after : null;
        AnalysedForum forum = console.open(slug, AnalysisConsole.pathOf(slug) + "/campaigns"
                + (cursor == null ? "" : "?after=" + cursor));
        return console.show(render(forum, cursor, Form.empty(), null));
    }

    @POST
    @Path("find")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Starts the search for campaigns of near-identical comments, then its progress page")
    public RestResponse<TemplateInstance> find(@PathParam("slug") String slug) {
        AnalysedForum forum = console.open(slug, AnalysisConsole.pathOf(slug) + "/campaigns");
        Form form = Form.empty();
        JobPages.Start start = JobPages.start(console, forum, JobResponse.CAMPAIGNS, form, FIND);
        if (start.location() != null) {
            return AnalysisConsole.seeOther(start.location());
        }
        return console.show(start.status(), render(forum, null, form, start.runningHref()));
    }

    private TemplateInstance render(AnalysedForum forum, String cursor, Form form, String runningHref) {
        String path = forum.campaignsHref();
        ServiceAnswer<CursorPage<CampaignResponse>> answer = console.client().campaigns(forum.slug(), PAGE_SIZE, cursor);
        CursorPage<CampaignResponse> found = new CursorPage<>(List.of(), null);
        if (answer instanceof ServiceAnswer.Done<CursorPage<CampaignResponse>> page) {
            found = page.value();
        } else {
            // a stale cursor: the list starts again from its first page
            AdminForms.throwIfSessionOrRole((ServiceAnswer.Refused<?>) answer, path, forum.user());
        }
        List<CampaignRow> rows = found.items().stream().map(c -> row(c, forum)).toList();
        String next = found.nextCursor() == null ? null
                : path + "?after=" + URLEncoder.encode(found.nextCursor(), StandardCharsets.UTF_8);
        return Templates.campaigns(console.page(cursor == null ? path : path + "?after=" + cursor), console.nav(forum),
                forum, rows, next, cursor == null ? null : path, console.currentJob(forum), form, runningHref);
    }

    private static CampaignRow row(CampaignResponse campaign, AnalysedForum forum) {
        AnalysisMessages ana = forum.ana();
        String lang = forum.lang();
        StringBuilder byStatus = new StringBuilder();
        for (String status : STATUSES) {
            Long count = campaign.byStatus().get(status);
            if (count != null && count > 0) {
                byStatus.append(byStatus.isEmpty() ? "" : " · ").append(AnalysisViews.visibilityLabel(status, ana))
                        .append(": ").append(AnalysisConsole.number(count, lang));
            }
        }
        ThemeResponse.Quote text = campaign.representative();
        return new CampaignRow(campaign.id(), ana.campaign_size(AnalysisConsole.number(campaign.memberCount(), lang)),
                text == null ? "" : text.text(), text == null ? null : text.language(),
                DisplayFormats.dateTime(campaign.firstAt(), forum.zone(), lang),
                DisplayFormats.dateTime(campaign.lastAt(), forum.zone(), lang), byStatus.toString(),
                "/admin/moderation/campaigns/" + campaign.id(), forum.itemsHref() + "?campaign=" + campaign.id()
                + "&status=all");
    }

}
