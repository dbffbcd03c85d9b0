package org.pikir.feedback.event;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

@RegisterRestClient(configKey = "events")
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
interface EventsApi {

    /** The whole published forum: its consultation window, statements and materials in one answer. */
    @GET
    @Path("/{slug}")
    Forum forum(@PathParam("slug") String slug);

    /** The topic catalogue: each topic's slug and its names in kk, ru and en. */
    @GET
    @Path("/topics")
    List<TopicName> topics();
}
