package org.pikir.feedback.comment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.EventSlug;
import org.pikir.feedback.common.IdempotencyKeys;
import org.pikir.feedback.draft.DraftFilter;
import org.pikir.feedback.draft.PassageReference;
import org.pikir.platform.web.InvalidParameterException;
import org.pikir.platform.web.PageResponse;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;

@Path("/api/feedback/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class CommentResource {

    private static final java.util.regex.Pattern VERSION_TAG = java.util.regex.Pattern.compile("(?:W/)?\"?(\\d{1,9})\"?");

    private final CommentService comments;
    private final CommentThreads threads;
    private final Profiles profiles;
    private final JsonWebToken token;

    public CommentResource(CommentService comments, CommentThreads threads, Profiles profiles, JsonWebToken token) {
        this.comments = comments;
        this.threads = threads;
        this.profiles = profiles;
        this.token = token;
    }

    @GET
    @Operation(summary = "Published comments on an event, newest first; hidden ones in place without their text")
    public RestResponse<PageResponse<CommentResponse>> list(
            @QueryParam("event") @NotNull @EventSlug String event,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return RestResponse.ok(comments.listPublic(event, page, size));
    }

    @GET
    @Path("/threads")
    @Operation(summary = "An event's comments as threads, a keyset page of top-level comments at a time (newest or oldest"
            + " first), each with its first replies; only on one statement or material if one is named, or only on a"
            + " draft document (draftId), one of its articles (and article) or passages (and passage)")
    public RestResponse<ThreadPageResponse> threads(
            @QueryParam("event") @NotNull @EventSlug String event,
            @QueryParam("statementId") @Positive Long statementId,
            @QueryParam("materialId") @Positive Long materialId,
            @QueryParam("draftId") @Positive Long draftId,
            @QueryParam("article") @Size(max = PassageReference.MAX_KEY)
            @Pattern(regexp = PassageReference.KEY, message = "is not a unit key") String article,
            @QueryParam("passage") @Size(max = PassageReference.MAX_KEY)
            @Pattern(regexp = PassageReference.KEY, message = "is not a unit key") String passage,
            @QueryParam("order") @DefaultValue("newest") @Pattern(regexp = "newest|oldest", message = "must be newest or oldest")
            String order,
            @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(ThreadPageResponse.MAX_SIZE) int size) {
        return RestResponse.ok(threads.page(event,
                CommentTarget.of(statementId, materialId, DraftFilter.of(draftId, article, passage)),
                ThreadOrder.valueOf(order.toUpperCase(Locale.ROOT)), after, size));
    }

    @GET
    @Path("/{id}/replies")
    @Operation(summary = "The listed replies of the thread under a top-level comment, oldest first, a keyset page at a time")
    public RestResponse<CursorPage<ReplyResponse>> replies(
            @PathParam("id") long id,
            @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(ThreadPageResponse.MAX_SIZE) int size) {
        return RestResponse.ok(threads.replies(id, after, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @Operation(summary = "Comment on an event while its consultation is open; retry safely with Idempotency-Key")
    @APIResponseSchema(value = CommentResponse.class, responseCode = "201",
            responseDescription = "Created (or replayed, with Idempotent-Replayed: true); Location is its address")
    @APIResponse(responseCode = "409", description = "The consultation is closed, or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "429", description = "Over the submission limit per minute or per day; Retry-After says when to try again")
    public RestResponse<CommentResponse> create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                                @NotNull @Valid CommentRequest request) {
        var outcome = comments.create(request, token, idempotencyKey);
        CommentResponse created = outcome.result();
        return RestResponse.ResponseBuilder.<CommentResponse>created(URI.create("/api/feedback/comments/" + created.id()))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @Operation(summary = "Change the text of one's own comment within the edit window; If-Match with the ETag guards against lost edits")
    public RestResponse<CommentResponse> edit(@PathParam("id") long id,
                                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                              @NotNull @Valid CommentEditRequest request) {
        var edited = comments.edit(id, request, profiles.signedIn(token), expectedVersion(ifMatch));
        return RestResponse.ResponseBuilder.ok(edited.comment())
                .header(HttpHeaders.ETAG, "\"" + edited.version() + "\"")
                .build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("citizen")
    @Operation(summary = "Delete one's own comment: its text goes, replies stay, the public sees it was deleted by its author")
    public RestResponse<Void> delete(@PathParam("id") long id) {
        comments.delete(id, profiles.signedIn(token));
        return RestResponse.noContent();
    }

    /** The comment version an If-Match header names; absent or {@code *} asks for none. */
    private static Integer expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher tag = VERSION_TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new InvalidParameterException(HttpHeaders.IF_MATCH, "is not an ETag of this comment");
        }
        return Integer.valueOf(tag.group(1));
    }
}
