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
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** events-service's editing endpoints, called with the editor's token; answers are read by {@link ForumEditingClient}. */
@RegisterRestClient(configKey = "events")
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
interface ForumEditingApi {

    @GET
    @AccessToken
    Response list(@QueryParam("page") int page,
                  @QueryParam("size") int size);

    @GET
    @Path("/{slug}")
    @AccessToken
    Response get(@PathParam("slug") String slug);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response create(ForumDraft draft);

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response update(@PathParam("slug") String slug,
                    ForumDraft draft);

    @POST
    @Path("/{slug}/publish")
    @AccessToken
    Response publish(@PathParam("slug") String slug);

    @POST
    @Path("/{slug}/archive")
    @AccessToken
    Response archive(@PathParam("slug") String slug);

    @POST
    @Path("/{slug}/consultation/open")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response openConsultation(@PathParam("slug") String slug, ConsultationWindow window);

    @POST
    @Path("/{slug}/consultation/close")
    @AccessToken
    Response closeConsultation(@PathParam("slug") String slug);

    @POST
    @Path("/{slug}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response addParticipant(@PathParam("slug") String slug, NewParticipant participant);

    @POST
    @Path("/{slug}/statements")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response addStatement(@PathParam("slug") String slug, NewStatement statement);

    @POST
    @Path("/{slug}/materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AccessToken
    Response addMaterial(@PathParam("slug") String slug, ClientMultipartForm material);
}
