package org.pikir.feedback.analysis.item;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.pikir.feedback.analysis.AnalysisForums;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.EventSlug;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Staff;

@Path("/api/feedback/analysis/{eventSlug}/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis")
@RolesAllowed({"moderator", "admin"})
public class AnalysisItemResource {

    private final AnalysisItems items;
    private final AnalysisForums forums;
    private final Validator validator;
    private final JsonWebToken token;

    public AnalysisItemResource(AnalysisItems items, AnalysisForums forums, Validator validator, JsonWebToken token) {
        this.items = items;
        this.forums = forums;
        this.validator = validator;
        this.token = token;
    }

    @GET
    @Operation(summary = "The forum's comments and recommendations with their themes, no-theme mark and note, newest"
            + " first, filtered; keyset pages via nextCursor")
    public RestResponse<CursorPage<AnalysisItemResponse>> list(
            @PathParam("eventSlug") @EventSlug String eventSlug,
            @QueryParam("type") String type,
            @QueryParam("language") String language,
            @QueryParam("status") String status,
            @QueryParam("theme") Long theme,
            @QueryParam("untagged") Boolean untagged,
            @QueryParam("suggested") Boolean suggested,
            @QueryParam("noTheme") Boolean noTheme,
            @QueryParam("campaign") Long campaign,
            @QueryParam("draftId") Long draftId,
            @QueryParam("article") String article,
            @QueryParam("q") String q,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(CursorPage.MAX_SIZE) int size,
            @QueryParam("after") String after) {
        ItemFilter filter = new ItemFilter(type, language, status, theme, untagged, suggested, noTheme, campaign,
                draftId, article, q);
        var violations = validator.validate(filter);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Cursor cursor = Cursor.decode("after", after);
        forums.requireKnown(eventSlug);
        return RestResponse.ok(items.page(eventSlug, filter, cursor, size));
    }

    @PUT
    @Path("/{type}/{id}/note")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set, replace or (blank) remove the analyst's internal note on an item; never public")
    public RestResponse<AnalysisItemResponse> note(
            @PathParam("eventSlug") @EventSlug String eventSlug,
            @PathParam("type") @Pattern(regexp = "COMMENT|RECOMMENDATION", message = "is not COMMENT or RECOMMENDATION")
            String type,
            @PathParam("id") long id,
            @NotNull @Valid NoteRequest request) {
        forums.requireKnown(eventSlug);
        return RestResponse.ok(items.note(eventSlug, ItemType.valueOf(type), id, request.note(), Staff.of(token)));
    }
}
