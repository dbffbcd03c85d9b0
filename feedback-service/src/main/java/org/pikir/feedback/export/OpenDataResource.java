package org.pikir.feedback.export;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public RestResponse<StreamingOutput> openData(@PathParam("eventSlug") String eventSlug, RoutingContext routing) {
        StreamingOutput output = exports.openData(eventSlug, giveBack -> routing.addEndHandler(ended -> giveBack.run()));
        return RestResponse.ResponseBuilder.ok(output, MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .build();
    }
}
