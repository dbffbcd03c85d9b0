package org.pikir.feedback.export;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.common.Staff;

/** Staff downloads of everything said on an event, streamed; each download is written to the audit log. */
@Path("/api/feedback/exports/{eventSlug}")
@Tag(name = "Exports")
@RolesAllowed({"moderator", "admin"})
public class ExportResource {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private final FeedbackExports exports;
    private final JsonWebToken token;

    public ExportResource(FeedbackExports exports, JsonWebToken token) {
        this.exports = exports;
        this.token = token;
    }

    @GET
    @Path("/comments.csv")
    @Produces(ExportFile.CSV)
    @Operation(summary = "Every comment on the event as CSV (RFC 4180, UTF-8 with BOM), oldest first")
    public RestResponse<StreamingOutput> commentsCsv(
            @PathParam("eventSlug") @Pattern(regexp = SLUG, message = "is not an event slug") String eventSlug,
            RoutingContext routing) {
        return file(eventSlug, ExportFile.COMMENTS_CSV, routing);
    }

    @GET
    @Path("/comments.json")
    @Produces(ExportFile.JSON)
    @Operation(summary = "Every comment on the event as a JSON array, oldest first")
    public RestResponse<StreamingOutput> commentsJson(
            @PathParam("eventSlug") @Pattern(regexp = SLUG, message = "is not an event slug") String eventSlug,
            RoutingContext routing) {
        return file(eventSlug, ExportFile.COMMENTS_JSON, routing);
    }

    @GET
    @Path("/recommendations.csv")
    @Produces(ExportFile.CSV)
    @Operation(summary = "Every recommendation on the event as CSV (RFC 4180, UTF-8 with BOM), oldest first")
    public RestResponse<StreamingOutput> recommendationsCsv(
            @PathParam("eventSlug") @Pattern(regexp = SLUG, message = "is not an event slug") String eventSlug,
            RoutingContext routing) {
        return file(eventSlug, ExportFile.RECOMMENDATIONS_CSV, routing);
    }

    @GET
    @Path("/recommendations.json")
    @Produces(ExportFile.JSON)
    @Operation(summary = "Every recommendation on the event as a JSON array, oldest first")
    public RestResponse<StreamingOutput> recommendationsJson(
            @PathParam("eventSlug") @Pattern(regexp = SLUG, message = "is not an event slug") String eventSlug,
            RoutingContext routing) {
        return file(eventSlug, ExportFile.RECOMMENDATIONS_JSON, routing);
    }

    private RestResponse<StreamingOutput> file(String eventSlug, ExportFile file, RoutingContext routing) {
        StreamingOutput output = exports.export(eventSlug, file, Staff.of(token),
                giveBack -> routing.addEndHandler(ended -> giveBack.run()));
        return RestResponse.ResponseBuilder.ok(output, file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + eventSlug + "-" + file.fileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
