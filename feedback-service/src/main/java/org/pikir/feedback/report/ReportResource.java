package org.pikir.feedback.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;

@Path("/api/feedback/reports/{eventSlug}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private final EventReports reports;

    public ReportResource(EventReports reports) {
        this.reports = reports;
    }

    @GET
    @Operation(summary = "What we heard: counts by topic, status and language, top endorsed, answers and overdue;"
            + " public, no personal data; an event without feedback gets zeros")
    public RestResponse<EventReportResponse> report(
            @PathParam("eventSlug") @Pattern(regexp = SLUG, message = "is not an event slug") String eventSlug) {
        return RestResponse.ok(reports.report(eventSlug));
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({"moderator", "admin"})
    @Operation(summary = "Recommendations whose official answer is overdue, longest waiting first; keyset pages via nextCursor")
    public RestResponse<CursorPage<OverdueRecommendationResponse>> overdue(
            @PathParam("eventSlug") @Pattern(regexp = SLUG, message = "is not an event slug") String eventSlug,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(CursorPage.MAX_SIZE) int size,
            @QueryParam("after") String after) {
        return RestResponse.ok(reports.overdue(eventSlug, Cursor.decode("after", after), size));
    }
}
