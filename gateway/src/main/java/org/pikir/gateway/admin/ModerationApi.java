package org.pikir.gateway.admin;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** feedback-service's moderation endpoints; answers are read by {@link ModerationClient}. Null query parameters are left out. */
@RegisterRestClient(configKey = "feedback")
@Path("/api/feedback/moderation")
@Produces(MediaType.APPLICATION_JSON)
interface ModerationApi {

    @GET
    @Path("/queue")
    @AccessToken
    Response queue(@QueryParam("event") String event,
                   @QueryParam("type") String type, @QueryParam("state") String state,
                   @QueryParam("order") String order, @QueryParam("size") int size,
                   @QueryParam("after") String after);

    @POST
    @Path("/{type}/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response moderate(@PathParam("type") String type,
                      @PathParam("id") long id, ModerationDecision decision);

    @GET
    @Path("/policies/{slug}")
    @AccessToken
    Response policy(@PathParam("slug") String slug);

    @PUT
    @Path("/policies/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response setPolicy(@PathParam("slug") String slug,
                       ModerationPolicy policy);
}
