package org.pikir.gateway.draft;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** events-service's public reads of a forum's draft texts; answers are read by {@link DraftTexts}. */
@RegisterRestClient(configKey = "events")
@Path("/api/events")
interface DraftEventsApi {

    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @GET
    @Path("/{slug}/drafts/{id}/versions/{n}")
    @Produces(MediaType.APPLICATION_JSON)
    Response text(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("n") int version,
                  @QueryParam("language") String language);

    @GET
    @Path("/{slug}/drafts/{id}/diff")
    @Produces(MediaType.APPLICATION_JSON)
    Response diff(@PathParam("slug") String slug, @PathParam("id") long id, @QueryParam("from") int from,
                  @QueryParam("to") int to, @QueryParam("language") String language);

    @GET
    @Path("/{slug}/drafts/{id}/versions/{n}/table")
    @Produces(MediaType.APPLICATION_JSON)
    Response table(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("n") int version,
                   @QueryParam("language") String language);

    @GET
    @Path("/{slug}/drafts/{id}/versions/{n}/table.docx")
    @Produces({DOCX, "application/problem+json"})
    Response tableDocx(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("n") int version,
                       @QueryParam("language") String language);
}
