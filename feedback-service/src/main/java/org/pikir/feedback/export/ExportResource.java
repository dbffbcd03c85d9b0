package org.pikir.feedback.export;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.common.EventSlug;
import org.pikir.feedback.common.Staff;

/** Staff downloads of everything said on an event, streamed; each download is written to the audit log. */
@Path("/api/feedback/exports/{eventSlug}")
@Tag(name = "Exports")
@APIResponse(responseCode = "503", description = "This replica is streaming as many downloads as it runs at once")
@RolesAllowed({"moderator", "admin"})
public class ExportResource {

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
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            content = @Content(mediaType = ExportFile.CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> commentsCsv(
            @PathParam("eventSlug") @EventSlug String eventSlug,
            @Context RoutingContext routing) {
        return file(eventSlug, ExportFile.COMMENTS_CSV, routing);
    }

    @GET
    @Path("/comments.json")
    @Produces(ExportFile.JSON)
    @Operation(summary = "Every comment on the event as a JSON array, oldest first")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            content = @Content(mediaType = ExportFile.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)))
    public RestResponse<StreamingOutput> commentsJson(
            @PathParam("eventSlug") @EventSlug String eventSlug,
            @Context RoutingContext routing) {
        return file(eventSlug, ExportFile.COMMENTS_JSON, routing);
    }

    @GET
    @Path("/recommendations.csv")
    @Produces(ExportFile.CSV)
    @Operation(summary = "Every recommendation on the event as CSV (RFC 4180, UTF-8 with BOM), oldest first")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            content = @Content(mediaType = ExportFile.CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> recommendationsCsv(
            @PathParam("eventSlug") @EventSlug String eventSlug,
            @Context RoutingContext routing) {
        return file(eventSlug, ExportFile.RECOMMENDATIONS_CSV, routing);
    }

    @GET
    @Path("/recommendations.json")
    @Produces(ExportFile.JSON)
    @Operation(summary = "Every recommendation on the event as a JSON array, oldest first")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            content = @Content(mediaType = ExportFile.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)))
    public RestResponse<StreamingOutput> recommendationsJson(
            @PathParam("eventSlug") @EventSlug String eventSlug,
            @Context RoutingContext routing) {
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
