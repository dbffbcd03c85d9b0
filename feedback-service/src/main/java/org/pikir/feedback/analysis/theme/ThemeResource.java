package org.pikir.feedback.analysis.theme;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.analysis.AnalysisForums;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.EventSlug;
import org.pikir.feedback.common.Staff;

import java.net.URI;

@Path("/api/feedback/analysis/{eventSlug}/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis")
@RolesAllowed({"moderator", "admin"})
public class ThemeResource {

    private final Themes themes;
    private final AnalysisForums forums;
    private final JsonWebToken token;

    public ThemeResource(Themes themes, AnalysisForums forums, JsonWebToken token) {
        this.themes = themes;
        this.forums = forums;
        this.token = token;
    }

    @GET
    @Operation(summary = "The forum's codebook: accepted then suggested themes (or those of one status), most items"
            + " first; keyset pages via nextCursor")
    public RestResponse<CursorPage<ThemeResponse>> list(
            @PathParam("eventSlug") @EventSlug String eventSlug,
            @QueryParam("status") @Pattern(regexp = "ACCEPTED|SUGGESTED|DISCARDED|MERGED",
                    message = "is not a theme status") String status,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(CursorPage.MAX_SIZE) int size,
            @QueryParam("after") String after) {
        forums.requireKnown(eventSlug);
        return RestResponse.ok(themes.list(eventSlug, status == null ? null : ThemeStatus.valueOf(status), after, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A theme of the forum")
    public RestResponse<ThemeResponse> get(@PathParam("eventSlug") @EventSlug String eventSlug,
                                           @PathParam("id") long id) {
        forums.requireKnown(eventSlug);
        return RestResponse.ok(themes.get(eventSlug, id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a theme to the codebook (accepted, made by hand)")
    @APIResponseSchema(value = ThemeResponse.class, responseCode = "201", responseDescription = "Created; Location names it")
    public RestResponse<ThemeResponse> create(@PathParam("eventSlug") @EventSlug String eventSlug,
                                              @NotNull @Valid ThemeRequest request) {
        forums.requireKnown(eventSlug);
        return created(eventSlug, themes.create(eventSlug, request, Staff.of(token)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a theme or change its description (not a merged one: 409)")
    public RestResponse<ThemeResponse> update(@PathParam("eventSlug") @EventSlug String eventSlug,
                                              @PathParam("id") long id, @NotNull @Valid ThemeRequest request) {
        forums.requireKnown(eventSlug);
        return RestResponse.ok(themes.update(eventSlug, id, request, Staff.of(token)));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Accept a suggested theme (its suggested tags stay for staff to confirm); 409 otherwise")
    public RestResponse<ThemeResponse> accept(@PathParam("eventSlug") @EventSlug String eventSlug,
                                              @PathParam("id") long id) {
        forums.requireKnown(eventSlug);
        return RestResponse.ok(themes.accept(eventSlug, id, Staff.of(token)));
    }

    @POST
    @Path("/{id}/discard")
    @Operation(summary = "Discard a suggested or accepted theme, removing its tags; 409 otherwise")
    public RestResponse<ThemeResponse> discard(@PathParam("eventSlug") @EventSlug String eventSlug,
                                               @PathParam("id") long id) {
        forums.requireKnown(eventSlug);
        return RestResponse.ok(themes.discard(eventSlug, id, Staff.of(token)));
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge a theme into another of the forum, moving its tags; answers the theme merged into")
    public RestResponse<ThemeResponse> merge(@PathParam("eventSlug") @EventSlug String eventSlug,
                                             @PathParam("id") long id, @NotNull @Valid MergeRequest request) {
        forums.requireKnown(eventSlug);
        return RestResponse.ok(themes.merge(eventSlug, id, request.into(), Staff.of(token)));
    }

    @POST
    @Path("/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split a new accepted theme off this one, moving the listed items' tags to it")
    @APIResponseSchema(value = ThemeResponse.class, responseCode = "201",
            responseDescription = "Created; Location names the new theme")
    public RestResponse<ThemeResponse> split(@PathParam("eventSlug") @EventSlug String eventSlug,
                                             @PathParam("id") long id, @NotNull @Valid SplitRequest request) {
        forums.requireKnown(eventSlug);
        return created(eventSlug, themes.split(eventSlug, id, request, Staff.of(token)));
    }

    @PUT
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish, replace or (with no text) remove the official response to an accepted theme")
    public RestResponse<ThemeResponse> respond(@PathParam("eventSlug") @EventSlug String eventSlug,
                                               @PathParam("id") long id, @NotNull @Valid ThemeAnswerRequest request) {
        forums.requireKnown(eventSlug);
        return RestResponse.ok(themes.respond(eventSlug, id, request, Staff.of(token)));
    }

    private static RestResponse<ThemeResponse> created(String eventSlug, ThemeResponse theme) {
        return RestResponse.ResponseBuilder.<ThemeResponse>created(
                URI.create("/api/feedback/analysis/" + eventSlug + "/themes/" + theme.id())).entity(theme).build();
    }
}
