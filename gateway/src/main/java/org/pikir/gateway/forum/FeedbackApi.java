package org.pikir.gateway.forum;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** feedback-service's citizen side over HTTP; answers are read by {@link FeedbackClient}, which owns timeouts and errors. */
@RegisterRestClient(configKey = "feedback")
@Path("/api/feedback")
@Produces(MediaType.APPLICATION_JSON)
interface FeedbackApi {

    @GET
    @Path("/comments/threads")
    Response threads(@QueryParam("event") String eventSlug, @QueryParam("order") String order,
                     @QueryParam("after") String after, @QueryParam("size") int size);

    @GET
    @Path("/comments/{id}/replies")
    Response replies(@PathParam("id") long threadId, @QueryParam("after") String after, @QueryParam("size") int size);

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response create(@HeaderParam("Idempotency-Key") String idempotencyKey,
                    CommentRequest comment);

    @GET
    @Path("/recommendations")
    Response recommendations(@QueryParam("event") String eventSlug, @QueryParam("sort") String sort,
                             @QueryParam("page") int page, @QueryParam("size") int size);

    /** The same list as the signed-in user sees it: each item says whether they endorse it ({@code endorsedByMe}). */
    @GET
    @Path("/recommendations")
    @AccessToken
    Response recommendationsForMe(@QueryParam("event") String eventSlug, @QueryParam("sort") String sort,
                                  @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/recommendations/similar")
    Response similar(@QueryParam("event") String eventSlug, @QueryParam("text") String text);

    @GET
    @Path("/recommendations/{id}")
    Response recommendation(@PathParam("id") long id);

    @POST
    @Path("/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response recommend(@HeaderParam("Idempotency-Key") String idempotencyKey,
                       RecommendationRequest recommendation);

    @PUT
    @Path("/recommendations/{id}/endorsement")
    @AccessToken
    Response endorse(@PathParam("id") long id);

    @DELETE
    @Path("/recommendations/{id}/endorsement")
    @AccessToken
    Response withdraw(@PathParam("id") long id);

    @POST
    @Path("/flags")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response flag(@HeaderParam("Idempotency-Key") String idempotencyKey,
                  FlagRequest flag);
}
