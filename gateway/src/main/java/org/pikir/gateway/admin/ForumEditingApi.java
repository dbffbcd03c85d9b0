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
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.pikir.gateway.proxy.ReplicaRouting;

/** events-service's editing endpoints, called with the editor's token; answers are read by {@link ForumEditingClient}. */
@RegisterProvider(ReplicaRouting.class)
@RegisterRestClient(configKey = "events")
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
interface ForumEditingApi {

    @GET
    Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("page") int page,
                  @QueryParam("size") int size);

    @GET
    @Path("/{slug}")
    Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("slug") String slug);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ForumDraft draft);

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response update(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("slug") String slug,
                    ForumDraft draft);

    @POST
    @Path("/{slug}/publish")
    Response publish(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("slug") String slug);

    @POST
    @Path("/{slug}/archive")
    Response archive(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("slug") String slug);

    @POST
    @Path("/{slug}/consultation/open")
    @Consumes(MediaType.APPLICATION_JSON)
    Response openConsultation(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                              @PathParam("slug") String slug, ConsultationWindow window);

    @POST
    @Path("/{slug}/consultation/close")
    Response closeConsultation(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               @PathParam("slug") String slug);

    @POST
    @Path("/{slug}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    Response addParticipant(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @PathParam("slug") String slug, NewParticipant participant);

    @POST
    @Path("/{slug}/statements")
    @Consumes(MediaType.APPLICATION_JSON)
    Response addStatement(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @PathParam("slug") String slug, NewStatement statement);

    @POST
    @Path("/{slug}/materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Response addMaterial(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @PathParam("slug") String slug, ClientMultipartForm material);
}
