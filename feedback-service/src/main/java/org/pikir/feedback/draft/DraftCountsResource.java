package org.pikir.feedback.draft;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.common.EventSlug;

@Path("/api/feedback/drafts/{draftId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drafts")
public class DraftCountsResource {

    private final DraftCounts counts;

    public DraftCountsResource(DraftCounts counts) {
        this.counts = counts;
    }

    @GET
    @Path("/counts")
    @Operation(summary = "How many listed comments and recommendations each passage of a draft document has"
            + " (only passages with some), from counters the service keeps: for the draft page's table of contents")
    public RestResponse<DraftCountsResponse> counts(@PathParam("draftId") @Positive long draftId,
                                                    @QueryParam("event") @NotNull @EventSlug String event) {
        return RestResponse.ok(counts.of(event, draftId));
    }
}
