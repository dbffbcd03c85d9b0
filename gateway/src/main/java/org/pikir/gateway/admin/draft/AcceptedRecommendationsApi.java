package org.pikir.gateway.admin.draft;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** feedback-service's list of recommendations, filtered to one article of a draft; read by {@link AcceptedRecommendations}. */
@RegisterRestClient(configKey = "feedback")
@Path("/api/feedback/recommendations")
@Produces(MediaType.APPLICATION_JSON)
interface AcceptedRecommendationsApi {

    @GET
    @AccessToken
    Response list(@QueryParam("event") String event, @QueryParam("draftId") long draftId,
                  @QueryParam("article") String article, @QueryParam("status") String status,
                  @QueryParam("size") int size);
}
