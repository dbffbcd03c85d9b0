package org.pikir.feedback.analysis.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.pikir.feedback.common.EventSlug;
import org.pikir.feedback.event.EventCatalog;
import org.pikir.feedback.recommendation.GroupCursor;

@Path("/api/feedback/analysis/{eventSlug}/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis")
@RolesAllowed({"moderator", "admin"})
public class CampaignResource {

    private final Campaigns campaigns;
    private final EventCatalog events;

    public CampaignResource(Campaigns campaigns, EventCatalog events) {
        this.campaigns = campaigns;
        this.events = events;
    }

    @GET
    @Operation(summary = "The forum's campaigns of near-identical comments, largest first; keyset pages via nextCursor")
    public RestResponse<CursorPage<CampaignResponse>> list(
            @PathParam("eventSlug") @EventSlug String eventSlug,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(CursorPage.MAX_SIZE) int size,
            @QueryParam("after") String after) {
        events.requireExists(eventSlug);
        return RestResponse.ok(campaigns.page(eventSlug, GroupCursor.decode("after", after), size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One campaign: its size, representative text and members by status")
    public RestResponse<CampaignResponse> get(@PathParam("eventSlug") @EventSlug String eventSlug,
                                              @PathParam("id") long id) {
        events.requireExists(eventSlug);
        return RestResponse.ok(campaigns.get(eventSlug, id));
    }

    @GET
    @Path("/{id}/members")
    @Operation(summary = "A campaign's comments, oldest first; keyset pages via nextCursor")
    public RestResponse<CursorPage<CampaignMemberResponse>> members(
            @PathParam("eventSlug") @EventSlug String eventSlug,
            @PathParam("id") long id,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(CursorPage.MAX_SIZE) int size,
            @QueryParam("after") String after) {
        events.requireExists(eventSlug);
        return RestResponse.ok(campaigns.members(eventSlug, id, Cursor.decode("after", after), size));
    }
}
