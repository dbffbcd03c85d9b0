package org.pikir.feedback.recommendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.pikir.feedback.account.Profiles;
import org.pikir.feedback.common.IdempotencyKeys;
import org.pikir.platform.web.PageResponse;

import java.net.URI;
import java.util.List;
import java.util.Locale;

@Path("/api/feedback/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class RecommendationResource {

    private final RecommendationService recommendations;
    private final Profiles profiles;
    private final RecommendationGroups groups;
    private final JsonWebToken token;

    public RecommendationResource(RecommendationService recommendations, Profiles profiles,
                                  RecommendationGroups groups, JsonWebToken token) {
        this.recommendations = recommendations;
        this.profiles = profiles;
        this.groups = groups;
        this.token = token;
    }

    @GET
    @Operation(summary = "Published recommendations on an event with status, counts and official answers;"
            + " grouped=true lists one per near-duplicate group, largest groups first (sort does not apply)")
    public RestResponse<PageResponse<RecommendationResponse>> list(
            @QueryParam("event") @NotBlank String event,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = "newest|top", message = "must be newest or top") String sort,
            @QueryParam("grouped") @DefaultValue("false") boolean grouped,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        if (grouped) {
            return RestResponse.ok(groups.listPublic(event, page, size));
        }
        var order = RecommendationRepository.Order.valueOf(sort.toUpperCase(Locale.ROOT));
        return RestResponse.ok(recommendations.listPublic(event, order, page, size));
    }

    @GET
    @Path("/similar")
    @Operation(summary = "Existing recommendations similar to a draft, to endorse instead of repeating")
    public RestResponse<List<RecommendationResponse>> similar(@QueryParam("event") @NotBlank String event,
                                                              @QueryParam("text") @NotBlank @Size(max = 2000) String text) {
        return RestResponse.ok(recommendations.similar(event, text));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One published recommendation")
    public RestResponse<RecommendationResponse> get(@PathParam("id") long id) {
        return RestResponse.ok(recommendations.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @Operation(summary = "Submit a recommendation while the consultation is open; retry safely with Idempotency-Key")
    public RestResponse<RecommendationResponse> create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                                       @NotNull @Valid RecommendationRequest request) {
        var outcome = recommendations.create(request, profiles.signedIn(token), idempotencyKey);
        RecommendationResponse created = outcome.result();
        return RestResponse.ResponseBuilder.<RecommendationResponse>created(
                        URI.create("/api/feedback/recommendations/" + created.id()))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}/endorsement")
    @RolesAllowed("citizen")
    @Operation(summary = "Whether the caller endorses this recommendation")
    public RestResponse<EndorsementResponse> endorsement(@PathParam("id") long id) {
        return RestResponse.ok(recommendations.endorsement(id, profiles.signedIn(token)));
    }

    @PUT
    @Path("/{id}/endorsement")
    @RolesAllowed("citizen")
    @Operation(summary = "Endorse a recommendation (once per person; repeating changes nothing)")
    public RestResponse<EndorsementResponse> endorse(@PathParam("id") long id) {
        return RestResponse.ok(recommendations.endorse(id, profiles.signedIn(token)));
    }

    @DELETE
    @Path("/{id}/endorsement")
    @RolesAllowed("citizen")
    @Operation(summary = "Withdraw one's endorsement")
    public RestResponse<EndorsementResponse> withdraw(@PathParam("id") long id) {
        return RestResponse.ok(recommendations.withdraw(id, profiles.signedIn(token)));
    }
}
