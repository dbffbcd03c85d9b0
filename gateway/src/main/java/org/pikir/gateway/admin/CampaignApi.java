package org.pikir.gateway.admin;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * feedback-service's campaigns of near-identical comments (read from the analysis, decided on through moderation);
 * answers are read by {@link CampaignClient}. Its own client key: a decision on a whole campaign may take longer
 * than one on an item.
 */
@RegisterRestClient(configKey = "feedback-campaigns")
@Path("/api/feedback")
@Produces(MediaType.APPLICATION_JSON)
interface CampaignApi {

    @GET
    @Path("/analysis/{slug}/campaigns/{id}")
    @AccessToken
    Response campaign(@PathParam("slug") String slug, @PathParam("id") long id);

    @GET
    @Path("/analysis/{slug}/campaigns/{id}/members")
    @AccessToken
    Response members(@PathParam("slug") String slug, @PathParam("id") long id, @QueryParam("size") int size,
                     @QueryParam("after") String after);

    @POST
    @Path("/moderation/campaigns/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response moderate(@PathParam("id") long id, ModerationDecision decision);
}
