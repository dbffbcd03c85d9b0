package org.pikir.feedback.analysis.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.analysis.AnalysisForums;
import org.pikir.feedback.common.EventSlug;

@Path("/api/feedback/analysis/{eventSlug}/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis")
@RolesAllowed({"moderator", "admin"})
public class DashboardResource {

    private final AnalysisDashboard dashboard;
    private final AnalysisForums forums;

    public DashboardResource(AnalysisDashboard dashboard, AnalysisForums forums) {
        this.dashboard = dashboard;
        this.forums = forums;
    }

    @GET
    @Operation(summary = "How much of the forum's listed feedback is analysed (tagged or marked no theme), by language"
            + " and by source, and the themes' counts")
    public RestResponse<DashboardResponse> dashboard(@PathParam("eventSlug") @EventSlug String eventSlug) {
        forums.requireKnown(eventSlug);
        return RestResponse.ok(dashboard.dashboard(eventSlug));
    }
}
