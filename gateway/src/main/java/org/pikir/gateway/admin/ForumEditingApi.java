package org.pikir.gateway.admin;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

    @DELETE
    @Path("/{slug}")
    @AccessToken
    Response deleteDraft(@PathParam("slug") String slug);

    @PUT
    @Path("/{slug}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response setOutcome(@PathParam("slug") String slug, OutcomeTexts outcome);

    @PUT
    @Path("/{slug}/participants/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response editParticipant(@PathParam("slug") String slug, @PathParam("id") long id, NewParticipant participant);

    @POST
    @Path("/{slug}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response addAgendaItem(@PathParam("slug") String slug, AgendaItemDraft item);

    @PUT
    @Path("/{slug}/agenda/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response editAgendaItem(@PathParam("slug") String slug, @PathParam("id") long id, AgendaItemDraft item);

    @PUT
    @Path("/{slug}/statements/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response editStatement(@PathParam("slug") String slug, @PathParam("id") long id, NewStatement statement);

    @PUT
    @Path("/{slug}/materials/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response editMaterial(@PathParam("slug") String slug, @PathParam("id") long id, MaterialDescription material);

    @POST
    @Path("/{slug}/materials/{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AccessToken
    Response addMaterialVersion(@PathParam("slug") String slug, @PathParam("id") long id, ClientMultipartForm version);

    /** Removes one item of a list ({@code part} is a {@link ForumPart}'s path). */
    @DELETE
    @Path("/{slug}/{part}/{id}")
    @AccessToken
    Response remove(@PathParam("slug") String slug, @PathParam("part") String part, @PathParam("id") long id);

    @PUT
    @Path("/{slug}/{part}/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response reorder(@PathParam("slug") String slug, @PathParam("part") String part, PartOrder order);
}
