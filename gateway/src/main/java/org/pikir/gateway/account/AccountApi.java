package org.pikir.gateway.account;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/**
 * feedback-service's endpoints for the signed-in citizen's own account and comments, always called
 * with their token; answers are read by {@link AccountClient}. Null query parameters are left out.
 */
@RegisterProvider(ReplicaRouting.class)
@RegisterRestClient(configKey = "feedback")
@Path("/api/feedback")
@Produces(MediaType.APPLICATION_JSON)
interface AccountApi {

    @GET
    @Path("/me")
    Response profile(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @PUT
    @Path("/me/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    Response updateProfile(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ProfileRequest profile);

    @GET
    @Path("/me/items")
    Response items(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("size") int size,
                   @QueryParam("after") String after);

    @GET
    @Path("/me/notifications")
    Response notifications(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("size") int size,
                           @QueryParam("after") String after);

    @POST
    @Path("/me/notifications/read")
    Response markNotificationsRead(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/me/export")
    Response export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @DELETE
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    Response erase(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ErasureConfirmation confirmation);

    @PUT
    @Path("/comments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response editComment(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @PathParam("id") long id,
                         CommentEdit edit);

    @DELETE
    @Path("/comments/{id}")
    Response deleteComment(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    /** The word feedback-service wants before it erases anyone's data. */
    record ErasureConfirmation(String confirm) {
    }

    record CommentEdit(String body) {
    }
}
