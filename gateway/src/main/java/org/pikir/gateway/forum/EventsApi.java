package org.pikir.gateway.forum;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** events-service over HTTP; answers are read by {@link EventsClient}, which owns timeouts and errors. */
@RegisterRestClient(configKey = "events")
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
interface EventsApi {

    /** Null filters are left out of the query. */
    @GET
    Response list(@QueryParam("q") String query, @QueryParam("status") String status, @QueryParam("city") String city,
                  @QueryParam("topic") String topic, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/topics")
    Response topics();

    /** With the ETag of the answer already read, events-service answers 304 without a body while it is current. */
    @GET
    @Path("/{slug}")
    Response get(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String knownVersion);

    @GET
    @Path("/{slug}/materials/{id}")
    Response material(@PathParam("slug") String slug, @PathParam("id") long id);

    @GET
    @Path("/{slug}/history")
    Response history(@PathParam("slug") String slug);
}
