package org.pikir.feedback.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.EventSlug;
import org.pikir.platform.web.ConditionalGet;

@Path("/api/feedback/reports/{eventSlug}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    private final EventReports reports;
    private final ReportCache cache;

    public ReportResource(EventReports reports, ReportCache cache) {
        this.reports = reports;
        this.cache = cache;
    }

    @GET
    @Operation(summary = "What we heard: counts by topic, status and language, top endorsed, answers and overdue;"
            + " public, no personal data; an event without feedback gets zeros; a report that is slow to compute"
            + " (a very big event) is kept up to 30 s, and generatedAt says when it was computed")
    public RestResponse<EventReportResponse> report(
            @PathParam("eventSlug") @EventSlug String eventSlug) {
        ReportCache.Answer answer = cache.report(eventSlug);
        var response = RestResponse.ResponseBuilder.ok(answer.report());
        if (answer.kept()) {
            response.header(HttpHeaders.CACHE_CONTROL, ConditionalGet.publicCache((int) cache.secondsLeft(answer)));
        }
        return response.build();
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({"moderator", "admin"})
    @Operation(summary = "Recommendations whose official answer is overdue, longest waiting first; keyset pages via nextCursor")
    public RestResponse<CursorPage<OverdueRecommendationResponse>> overdue(
            @PathParam("eventSlug") @EventSlug String eventSlug,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(CursorPage.MAX_SIZE) int size,
            @QueryParam("after") String after) {
        return RestResponse.ok(reports.overdue(eventSlug, Cursor.decode("after", after), size));
    }
}
