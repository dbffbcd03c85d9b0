package org.pikir.feedback.recommendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.common.CursorPage;

/** Reviewers' view of near-duplicate groups: where a campaign or a popular idea was sent many times. */
@Path("/api/feedback/review/groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
@RolesAllowed({"moderator", "admin"})
public class RecommendationGroupResource {

    private final RecommendationGroups groups;

    public RecommendationGroupResource(RecommendationGroups groups) {
        this.groups = groups;
    }

    @GET
    @Operation(summary = "An event's groups of similar recommendations, largest first; keyset pages via nextCursor")
    public RestResponse<CursorPage<RecommendationGroupResponse>> list(
            @QueryParam("event") @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "is not an event slug")
            String event,
            @QueryParam("minSize") @DefaultValue("1") @Min(1) int minSize,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(CursorPage.MAX_SIZE) int size,
            @QueryParam("after") String after) {
        return RestResponse.ok(groups.list(event, minSize, GroupCursor.decode("after", after), size));
    }
}
