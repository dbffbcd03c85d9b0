package org.pikir.feedback.recommendation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.account.Profiles;
import org.pikir.feedback.common.EventSlug;
import org.pikir.feedback.common.IdempotencyKeys;
import org.pikir.feedback.draft.DraftFilter;
import org.pikir.feedback.draft.PassageReference;
import org.pikir.platform.web.InvalidParameterException;
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
    private final SecurityIdentity identity;

    public RecommendationResource(RecommendationService recommendations, Profiles profiles,
                                  RecommendationGroups groups, JsonWebToken token, SecurityIdentity identity) {
        this.recommendations = recommendations;
        this.profiles = profiles;
        this.groups = groups;
        this.token = token;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Published recommendations on an event with status, counts and official answers;"
            + " grouped=true lists one per near-duplicate group, largest groups first (sort does not apply);"
            + " with a bearer token, each item says whether the caller endorses it (endorsedByMe); draftId (and article"
            + " or passage) lists only those on a draft document, one of its articles or passages; status only those"
            + " in that review status (ACCEPTED ...)")
    public RestResponse<PageResponse<RecommendationResponse>> list(
            @QueryParam("event") @NotNull @EventSlug String event,
            @QueryParam("draftId") @Positive Long draftId,
            @QueryParam("article") @Size(max = PassageReference.MAX_KEY)
            @Pattern(regexp = PassageReference.KEY, message = "is not a unit key") String article,
            @QueryParam("passage") @Size(max = PassageReference.MAX_KEY)
            @Pattern(regexp = PassageReference.KEY, message = "is not a unit key") String passage,
            @QueryParam("status") @Pattern(regexp = "SUBMITTED|UNDER_REVIEW|ACCEPTED|PARTIALLY_ACCEPTED|REJECTED|MERGED",
                    message = "is not a review status") String status,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = "newest|top", message = "must be newest or top") String sort,
            @QueryParam("grouped") @DefaultValue("false") boolean grouped,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        String viewer = viewer();
        DraftFilter draft = DraftFilter.of(draftId, article, passage);
        RecommendationStatus reviewed = status == null ? null : RecommendationStatus.valueOf(status);
        if (grouped) {
            if (draft != null || reviewed != null) {
                throw new InvalidParameterException("grouped", "cannot be given together with draftId or status");
            }
            return forViewer(viewer, groups.listPublic(event, page, size, viewer));
        }
        var order = RecommendationRepository.Order.valueOf(sort.toUpperCase(Locale.ROOT));
        return forViewer(viewer, recommendations.listPublic(event, order, draft, reviewed, page, size, viewer));
    }

    @GET
    @Path("/similar")
    @Operation(summary = "Existing recommendations similar to a draft, to endorse instead of repeating")
    public RestResponse<List<RecommendationResponse>> similar(@QueryParam("event") @NotNull @EventSlug String event,
                                                              @QueryParam("text") @NotBlank @Size(max = 2000) String text) {
        String viewer = viewer();
        return forViewer(viewer, recommendations.similar(event, text, viewer));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One published recommendation")
    public RestResponse<RecommendationResponse> get(@PathParam("id") long id) {
        String viewer = viewer();
        return forViewer(viewer, recommendations.get(id, viewer));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @Operation(summary = "Submit a recommendation while the consultation is open; retry safely with Idempotency-Key")
    @APIResponseSchema(value = RecommendationResponse.class, responseCode = "201",
            responseDescription = "Created (or replayed, with Idempotent-Replayed: true); Location is its address")
    @APIResponse(responseCode = "409", description = "The consultation is closed, or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "429", description = "Over the submission limit per minute or per day; Retry-After says when to try again")
    public RestResponse<RecommendationResponse> create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                                       @NotNull @Valid RecommendationRequest request) {
        var outcome = recommendations.create(request, token, idempotencyKey);
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
        return RestResponse.ok(recommendations.endorse(id, profiles.contributor(token)));
    }

    @DELETE
    @Path("/{id}/endorsement")
    @RolesAllowed("citizen")
    @Operation(summary = "Withdraw one's endorsement")
    public RestResponse<EndorsementResponse> withdraw(@PathParam("id") long id) {
        return RestResponse.ok(recommendations.withdraw(id, profiles.signedIn(token)));
    }

    /**
     * The subject of a caller who sent a bearer token (checked here, so a bad one is 401 as everywhere), or null for
     * an anonymous one. Endorsements are kept under the token's subject, so no profile is read or made.
     */
    private String viewer() {
        return identity.isAnonymous() ? null : token.getSubject();
    }

    /** A public answer, or for a signed-in viewer one that says what they endorse and that no shared cache may keep. */
    private static <T> RestResponse<T> forViewer(String viewer, T answer) {
        if (viewer == null) {
            return RestResponse.ok(answer);
        }
        return RestResponse.ResponseBuilder.ok(answer)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .build();
    }
}
