package org.pikir.feedback.comment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.IdempotencyKeys;
import org.pikir.platform.web.PageResponse;

import java.net.URI;

@Path("/api/feedback/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class CommentResource {

    private final CommentService comments;
    private final JsonWebToken token;

    public CommentResource(CommentService comments, JsonWebToken token) {
        this.comments = comments;
        this.token = token;
    }

    @GET
    @Operation(summary = "Published comments on an event, newest first; hidden ones in place without their text")
    public RestResponse<PageResponse<CommentResponse>> list(
            @QueryParam("event") @NotBlank String event,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return RestResponse.ok(comments.listPublic(event, page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @Operation(summary = "Comment on an event while its consultation is open; retry safely with Idempotency-Key")
    public RestResponse<CommentResponse> create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                                @NotNull @Valid CommentRequest request) {
        var outcome = comments.create(request, Author.of(token), idempotencyKey);
        CommentResponse created = outcome.result();
        return RestResponse.ResponseBuilder.<CommentResponse>created(URI.create("/api/feedback/comments/" + created.id()))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .entity(created)
                .build();
    }
}
