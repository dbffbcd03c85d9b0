package org.pikir.gateway.admin;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/** events-service's topic catalogue and statement translations, with the editor's token; read by {@link ContentEditingClient}. */
@RegisterRestClient(configKey = "events")
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
interface ContentEditingApi {

    @POST
    @Path("/topics")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response addTopic(TopicDraft topic);

    @PUT
    @Path("/topics/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response renameTopic(@PathParam("slug") String slug, TopicDraft topic);

    @PUT
    @Path("/{slug}/statements/{id}/translations/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response translate(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("language") String language,
                       Map<String, String> translation);

    @DELETE
    @Path("/{slug}/statements/{id}/translations/{language}")
    @AccessToken
    Response removeTranslation(@PathParam("slug") String slug, @PathParam("id") long id,
                               @PathParam("language") String language);
}
