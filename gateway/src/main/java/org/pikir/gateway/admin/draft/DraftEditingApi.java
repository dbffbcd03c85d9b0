package org.pikir.gateway.admin.draft;

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

/** events-service's draft documents, with the editor's token; answers are read by {@link DraftEditingClient}. */
@RegisterRestClient(configKey = "events-drafts")
@Path("/api/events/{slug}/drafts")
@Produces(MediaType.APPLICATION_JSON)
interface DraftEditingApi {

    @GET
    @AccessToken
    Response list(@PathParam("slug") String slug);

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AccessToken
    Response importDraft(@PathParam("slug") String slug, ClientMultipartForm draft);

    @GET
    @Path("/{id}")
    @AccessToken
    Response get(@PathParam("slug") String slug, @PathParam("id") long id);

    @GET
    @Path("/{id}/versions/{n}")
    @AccessToken
    Response text(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("n") int version,
                  @QueryParam("language") String language);

    @POST
    @Path("/{id}/versions/{n}/texts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AccessToken
    Response importText(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("n") int version,
                        ClientMultipartForm text);

    @PUT
    @Path("/{id}/versions/{n}/units/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response saveUnit(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("n") int version,
                      @PathParam("key") String key, @QueryParam("language") String language, UnitRequest unit);

    @DELETE
    @Path("/{id}/versions/{n}/units/{key}")
    @AccessToken
    Response removeUnit(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("n") int version,
                        @PathParam("key") String key, @QueryParam("language") String language);

    @POST
    @Path("/{id}/versions/{n}/publish")
    @AccessToken
    Response publish(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("n") int version);

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response startVersion(@PathParam("slug") String slug, @PathParam("id") long id, NewVersionRequest version);

    @GET
    @Path("/{id}/versions/{n}/table")
    @AccessToken
    Response table(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("n") int version,
                   @QueryParam("language") String language);

    @PUT
    @Path("/{id}/versions/{n}/table/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response saveRow(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("n") int version,
                     @PathParam("key") String key, TableRowRequest row);

    @GET
    @Path("/{id}/versions/{n}/table.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @AccessToken
    Response tableDocument(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("n") int version,
                           @QueryParam("language") String language);
}
