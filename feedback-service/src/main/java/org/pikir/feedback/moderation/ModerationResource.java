package org.pikir.feedback.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.EventSlug;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Staff;

import java.util.Locale;

@Path("/api/feedback/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@RolesAllowed({"moderator", "admin"})
public class ModerationResource {

    private final ModerationPolicies policies;
    private final ModerationService moderation;
    private final ModerationQueue queue;
    private final CampaignModeration campaigns;
    private final JsonWebToken token;

    public ModerationResource(ModerationPolicies policies, ModerationService moderation, ModerationQueue queue,
                              CampaignModeration campaigns, JsonWebToken token) {
        this.campaigns = campaigns;
        this.policies = policies;
        this.moderation = moderation;
        this.queue = queue;
        this.token = token;
    }

    @GET
    @Path("/policies/{eventSlug}")
    @Operation(summary = "An event's moderation policy (POST unless set)")
    public RestResponse<ModerationPolicyResponse> policy(
            @PathParam("eventSlug") @EventSlug String eventSlug) {
        return RestResponse.ok(policies.get(eventSlug));
    }

    @PUT
    @Path("/policies/{eventSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an event's moderation policy: PRE holds new items until published, POST shows them at once")
    public RestResponse<ModerationPolicyResponse> setPolicy(
            @PathParam("eventSlug") @EventSlug String eventSlug,
            @NotNull @Valid ModerationPolicyRequest request) {
        return RestResponse.ok(policies.set(eventSlug, request.mode(), Staff.of(token)));
    }

    @GET
    @Path("/queue")
    @Operation(summary = "Pending or flagged items, oldest first or (order=score) most likely spam first;"
            + " keyset pages via nextCursor")
    public RestResponse<CursorPage<ModerationQueueItemResponse>> queue(
            @QueryParam("event") @EventSlug String event,
            @QueryParam("type") @Pattern(regexp = "comment|recommendation", message = "must be comment or recommendation")
            String type,
            @QueryParam("state") @DefaultValue("pending") @Pattern(regexp = "pending|flagged",
                    message = "must be pending or flagged") String state,
            @QueryParam("order") @DefaultValue("oldest") @Pattern(regexp = "oldest|score",
                    message = "must be oldest or score") String order,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(CursorPage.MAX_SIZE) int size,
            @QueryParam("after") String after) {
        ItemType onlyType = type == null ? null : ItemType.valueOf(type.toUpperCase(Locale.ROOT));
        var wanted = ModerationQueue.State.valueOf(state.toUpperCase(Locale.ROOT));
        var sorted = ModerationQueue.Order.valueOf(order.toUpperCase(Locale.ROOT));
        return RestResponse.ok(queue.page(event, onlyType, wanted, sorted,
                QueueCursor.decode("after", after, sorted == ModerationQueue.Order.SCORE), size));
    }

    @POST
    @Path("/campaigns/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish, hide or reject every comment of a campaign of near-identical comments;"
            + " hiding and rejecting need a reason")
    public RestResponse<CampaignModeration.Outcome> moderateCampaign(@PathParam("id") long id,
                                                                     @NotNull @Valid ModerationRequest request) {
        return RestResponse.ok(campaigns.moderate(id, request, Staff.of(token)));
    }

    @POST
    @Path("/comments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish, hide or reject a comment; hiding and rejecting need a reason")
    public RestResponse<ModeratedItemResponse> moderateComment(@PathParam("id") long id,
                                                               @NotNull @Valid ModerationRequest request) {
        return RestResponse.ok(moderation.moderate(ItemType.COMMENT, id, request, Staff.of(token)));
    }

    @POST
    @Path("/recommendations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish, hide or reject a recommendation; hiding and rejecting need a reason")
    public RestResponse<ModeratedItemResponse> moderateRecommendation(@PathParam("id") long id,
                                                                      @NotNull @Valid ModerationRequest request) {
        return RestResponse.ok(moderation.moderate(ItemType.RECOMMENDATION, id, request, Staff.of(token)));
    }
}
