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

    /** A draft document of the forum: its newest published version and the versions the public can read. */
    @GET
    @Path("/{slug}/drafts/{id}")
    DraftDescription draft(@PathParam("slug") String slug, @PathParam("id") long id);

    /** One structural unit of a draft's version, its text in every language the version has. */
    @GET
    @Path("/{slug}/drafts/{id}/versions/{version}/units/{key}")
    DraftUnit unit(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("version") int version,
                   @PathParam("key") String key);

    /** The topic catalogue: each topic's slug and its names in kk, ru and en. */
    @GET
    @Path("/topics")
    List<TopicName> topics();
}
