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
import org.pikir.gateway.web.UiLanguage;
import org.pikir.gateway.web.Visitor;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * "What we heard" on one forum, for everyone: headline figures, charts drawn as SVG by the page
 * itself (no scripts), the most endorsed recommendations, "you said, we did" (the accepted themes with their
 * responses), and the open-data file; the same report laid out for paper, from which its PDF is made. No names.
 */
@Path("/forums/{slug}/report")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance report(Page page, ReportView report, List<DiscussedArticle> discussed,
                                              YouSaidWeDid said, ReportDownloads downloads);

        /** A whole document in strict XHTML: the print page and, laid out by openhtmltopdf, the PDF. */
        static native TemplateInstance print(String lang, ReportView report, List<DiscussedArticle> discussed,
                                             YouSaidWeDid said, String address, String backHref);
    }

    /** A forum's report read once and put in the words of one language, for any of its three forms. */
    record Read(ReportView view, List<DiscussedArticle> discussed, YouSaidWeDid said) {
    }

    private final EventsClient events;
    private final ReportClient reports;
    private final Visitor visitor;
    private final Pages pages;
    private final TopicNames topics;
    private final ZoneId zone;
    private final Optional<URI> publicUrl;

    public ReportPages(EventsClient events, ReportClient reports, Visitor visitor, Pages pages, TopicNames topics,
                       GatewayConfig config) {
        this.topics = topics;
        this.events = events;
        this.reports = reports;
        this.visitor = visitor;
        this.pages = pages;
        this.zone = config.timeZone();
        this.publicUrl = config.publicUrl();
    }

    @GET
    @Operation(summary = "What we heard on a forum: figures, charts (inline SVG), most endorsed, you said we did (HTML)")
    public TemplateInstance report(@PathParam("slug") String slug) {
        String lang = visitor.language();
        Read read = read(slug, lang);
        String path = read.view().forumHref() + "/report";
        return pages.localized(Templates.report(pages.page(path), read.view(), read.discussed(), read.said(),
                ReportDownloads.of(path)));
    }

    @GET
    @Path("print")
    @Operation(summary = "The report laid out for paper: no navigation, charts as tables, you said we did (HTML)")
    public TemplateInstance print(@PathParam("slug") String slug) {
        return printed(slug, visitor.language());
    }

    /** The print page of {@code slug} in {@code lang}, which the PDF is made from. */
    TemplateInstance printed(String slug, String lang) {
        Read read = read(slug, lang);
        String path = read.view().forumHref() + "/report";
        String address = publicUrl.map(url -> url.resolve(path).toString()).orElse(null);
        return Templates.print(lang, read.view(), read.discussed(), read.said(), address, path)
                .setLocale(UiLanguage.locale(lang));
    }

    private Read read(String slug, String lang) {
        // feedback-service reports zeros for any address, so the forum must be known to have a report
        EventResponse forum = events.forum(slug).orElseThrow(() -> new PageNotFoundException("No published forum " + slug));
        EventReport report = reports.report(forum.slug());
        ReportView view = ReportView.of(report, titleOf(forum, lang), zone, lang, topics.in(lang));
        List<DiscussedArticle> discussed = DiscussedArticle.list(forum.slug(), forum.drafts(), report.mostDiscussed(), lang);
        return new Read(view, discussed, YouSaidWeDid.of(report, zone, lang));
    }

    static String titleOf(EventResponse forum, String lang) {
        String title = LocalizedText.pick(forum.title(), lang).text();
        return title.isEmpty() ? forum.slug() : title;
    }
}
