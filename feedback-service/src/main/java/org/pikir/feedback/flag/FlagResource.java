package org.pikir.feedback.flag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.account.Profiles;
import org.pikir.feedback.common.IdempotencyKeys;
import org.pikir.platform.openapi.OpenApiConventions;

@Path("/api/feedback/flags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Flags")
public class FlagResource {

    private final FlagService flags;
    private final Profiles profiles;
    private final JsonWebToken token;

    public FlagResource(FlagService flags, Profiles profiles, JsonWebToken token) {
        this.flags = flags;
        this.profiles = profiles;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @Operation(summary = "Flag a published comment or recommendation; once per person (repeating answers 200 with the first flag)")
    @APIResponse(responseCode = "201", description = "Flagged; a flag has no address of its own, so no Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FlagResponse.class)),
            extensions = @Extension(name = OpenApiConventions.NO_LOCATION, value = "true"))
    @APIResponse(responseCode = "200", description = "Flagged by this person before: the first flag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FlagResponse.class)))
    @APIResponse(responseCode = "409", description = "The item is the caller's own, or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "429", description = "Over the submission limit per minute or per day; Retry-After says when to try again")
    public RestResponse<FlagResponse> flag(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                           @NotNull @Valid FlagRequest request) {
        var outcome = flags.flag(request, profiles.contributor(token), idempotencyKey);
        FlagResponse flag = outcome.result().flag();
        var response = outcome.result().created()
                ? RestResponse.ResponseBuilder.<FlagResponse>create(RestResponse.Status.CREATED)
                : RestResponse.ResponseBuilder.<FlagResponse>ok();
        return response.header("Idempotent-Replayed", String.valueOf(outcome.replayed())).entity(flag).build();
    }
}
