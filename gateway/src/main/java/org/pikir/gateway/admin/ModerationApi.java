package org.pikir.gateway.admin;

import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.pikir.gateway.proxy.ReplicaRouting;

/** feedback-service's moderation endpoints; answers are read by {@link ModerationClient}. Null query parameters are left out. */
@RegisterProvider(ReplicaRouting.class)
@RegisterRestClient(configKey = "feedback")
@Path("/api/feedback/moderation")
@Produces(MediaType.APPLICATION_JSON)
interface ModerationApi {

    @GET
    @Path("/queue")
    Response queue(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("event") String event,
                   @QueryParam("type") String type, @QueryParam("state") String state, @QueryParam("size") int size,
                   @QueryParam("after") String after);

    @POST
    @Path("/{type}/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response moderate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("type") String type,
                      @PathParam("id") long id, ModerationDecision decision);

    @GET
    @Path("/policies/{slug}")
    Response policy(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("slug") String slug);

    @PUT
    @Path("/policies/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response setPolicy(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("slug") String slug,
                       ModerationPolicy policy);
}
