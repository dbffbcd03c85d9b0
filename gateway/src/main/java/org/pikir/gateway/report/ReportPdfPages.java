package org.pikir.gateway.report;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.GatewayConfig;
import org.pikir.gateway.web.AnonymousPages;
import org.pikir.gateway.web.UiLanguage;
import org.pikir.gateway.web.Visitor;

import java.nio.charset.StandardCharsets;

/**
 * The report as a PDF in one language ({@code ?lang=}, else the visitor's), made from its print page. The PDF's
 * entity tag is its print page's, so a reader who has this snapshot of the report gets 304 without any rendering,
 * and one rendering per snapshot and language is kept ({@code report-pdfs}, quarkus-cache) for everyone else.
 * Laying out a PDF takes a while, so it runs on a worker thread, never on the event loop.
 */
@Path("/forums/{slug}/report.pdf")
public class ReportPdfPages {

    static final String PDF = "application/pdf";

    private final ReportPages reports;
    private final ReportPdf pdf;
    private final Cache rendered;
    private final Visitor visitor;
    private final String cacheControl;

    public ReportPdfPages(ReportPages reports, ReportPdf pdf, @CacheName("report-pdfs") Cache rendered,
                          Visitor visitor, GatewayConfig config) {
        this.reports = reports;
        this.pdf = pdf;
        this.rendered = rendered;
        this.visitor = visitor;
        this.cacheControl = "public, max-age=" + config.pageMaxAge().toSeconds();
    }

    @GET
    @Blocking
    @Produces(PDF)
    @Operation(summary = "What we heard as a PDF download in kk, ru or en (lang), with the report's ETag")
    public RestResponse<byte[]> pdf(@PathParam("slug") String slug, @QueryParam("lang") String lang,
                                    @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String language = UiLanguage.isSupported(lang) ? lang : visitor.language();
        String xhtml = reports.printed(slug, language).render();
        String etag = AnonymousPages.etagOf(xhtml.getBytes(StandardCharsets.UTF_8));
        RestResponse.ResponseBuilder<byte[]> response;
        if (AnonymousPages.matches(ifNoneMatch, etag)) {
            response = RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED);
        } else {
            byte[] body = rendered.get(etag, key -> pdf.render(xhtml)).await().indefinitely();
            response = RestResponse.ResponseBuilder.ok(body, PDF)
                    .header("Content-Disposition", "attachment; filename=\"report-" + slug + "-" + language + ".pdf\"");
        }
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, "Accept-Language, Cookie")
                .header("Content-Language", language)
                .build();
    }
}
