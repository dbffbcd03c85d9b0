package org.pikir.gateway.draft;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** feedback-service's side of the draft pages: counts per passage, an article's threads and recommendations, sending. */
@RegisterRestClient(configKey = "feedback")
@Path("/api/feedback")
@Produces(MediaType.APPLICATION_JSON)
interface DraftFeedbackApi {

    @GET
    @Path("/drafts/{draftId}/counts")
    Response counts(@PathParam("draftId") long draftId, @QueryParam("event") String eventSlug);

    @GET
    @Path("/comments/threads")
    Response threads(@QueryParam("event") String eventSlug, @QueryParam("draftId") long draftId,
                     @QueryParam("article") String article, @QueryParam("order") String order,
                     @QueryParam("after") String after, @QueryParam("size") int size);

    @GET
    @Path("/recommendations")
    Response recommendations(@QueryParam("event") String eventSlug, @QueryParam("draftId") long draftId,
                             @QueryParam("article") String article, @QueryParam("sort") String sort,
                             @QueryParam("page") int page, @QueryParam("size") int size);

    /** The same list as the signed-in user sees it: each item says whether they endorse it and whether it is theirs. */
    @GET
    @Path("/recommendations")
    @AccessToken
    Response recommendationsForMe(@QueryParam("event") String eventSlug, @QueryParam("draftId") long draftId,
                                  @QueryParam("article") String article, @QueryParam("sort") String sort,
                                  @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response comment(@HeaderParam("Idempotency-Key") String idempotencyKey, PassageCommentRequest comment);

    @POST
    @Path("/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response recommend(@HeaderParam("Idempotency-Key") String idempotencyKey,
                       PassageRecommendationRequest recommendation);
}
