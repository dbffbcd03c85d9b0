package org.pikir.feedback.event;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "events")
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
interface EventsApi {

    @GET
    @Path("/{slug}/consultation")
    ConsultationWindow consultation(@PathParam("slug") String slug);

    @GET
    @Path("/{slug}/statements/{id}")
    CitedPart statement(@PathParam("slug") String slug, @PathParam("id") long id);

    @GET
    @Path("/{slug}/materials/{id}")
    CitedPart material(@PathParam("slug") String slug, @PathParam("id") long id);
}
