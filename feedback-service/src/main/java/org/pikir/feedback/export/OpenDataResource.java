package org.pikir.feedback.export;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The public open-data file of an event; its format is described in docs/api.md. */
@Path("/api/feedback/open-data")
@Tag(name = "Open data")
public class OpenDataResource {

    private final FeedbackExports exports;

    public OpenDataResource(FeedbackExports exports) {
        this.exports = exports;
    }

    @GET
    @Path("/{eventSlug: [a-z0-9]+(?:-[a-z0-9]+)*}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published comments and recommendations of an event, without authors, dated by day; streamed")
    @APIResponse(responseCode = "200", description = "The open-data file (its format: docs/api.md, open data)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "503", description = "This replica is streaming as many downloads as it runs at once")
    public RestResponse<StreamingOutput> openData(@PathParam("eventSlug") String eventSlug,
                                                @Context RoutingContext routing) {
        StreamingOutput output = exports.openData(eventSlug, giveBack -> routing.addEndHandler(ended -> giveBack.run()));
        return RestResponse.ResponseBuilder.ok(output, MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .build();
    }
}
