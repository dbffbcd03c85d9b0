package org.pikir.gateway.account;

import io.quarkus.oidc.token.propagation.common.AccessToken;
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
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * feedback-service's endpoints for the signed-in citizen's own account and comments, always called
 * with their token; answers are read by {@link AccountClient}. Null query parameters are left out.
 */
@RegisterRestClient(configKey = "feedback")
@Path("/api/feedback")
@Produces(MediaType.APPLICATION_JSON)
interface AccountApi {

    @GET
    @Path("/me")
    @AccessToken
    Response profile();

    @PUT
    @Path("/me/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response updateProfile(ProfileRequest profile);

    @GET
    @Path("/me/items")
    @AccessToken
    Response items(@QueryParam("size") int size,
                   @QueryParam("after") String after);

    @GET
    @Path("/me/notifications")
    @AccessToken
    Response notifications(@QueryParam("size") int size,
                           @QueryParam("after") String after);

    @POST
    @Path("/me/notifications/read")
    @AccessToken
    Response markNotificationsRead();

    @GET
    @Path("/me/export")
    @AccessToken
    Response export();

    @DELETE
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response erase(ErasureConfirmation confirmation);

    @PUT
    @Path("/comments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response editComment(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @PathParam("id") long id,
                         CommentEdit edit);

    @DELETE
    @Path("/comments/{id}")
    @AccessToken
    Response deleteComment(@PathParam("id") long id);

    /** The word feedback-service wants before it erases anyone's data. */
    record ErasureConfirmation(String confirm) {
    }

    record CommentEdit(String body) {
    }
}
