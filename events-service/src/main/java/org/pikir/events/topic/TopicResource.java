package org.pikir.events.topic;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.platform.web.ConditionalGet;

import java.net.URI;

/** The catalogue of topics under {@code /api/events/topics}; {@code topics} is therefore not a forum's slug. */
@Path("/api/events/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics")
public class TopicResource {

    private static final int PUBLIC_MAX_AGE = 60;

    private final TopicService topics;
    private final SecurityIdentity caller;
    private final ConditionalGet conditional;

    public TopicResource(TopicService topics, SecurityIdentity caller, ConditionalGet conditional) {
        this.topics = topics;
        this.caller = caller;
        this.conditional = conditional;
    }

    @GET
    @Operation(summary = "Every topic with its name in kk, ru and en, by slug")
    public Response catalogue(@Context Request request) {
        return conditional.ok(request, topics.catalogue(), PUBLIC_MAX_AGE);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One topic")
    public RestResponse<TopicResponse> get(@PathParam("slug") String slug) {
        return RestResponse.ok(topics.get(slug));
    }

    @GET
    @Path("/{slug}/history")
    @Operation(summary = "Who added and renamed the topic, newest first")
    public Response history(@PathParam("slug") String slug, @Context Request request) {
        return conditional.ok(request, topics.history(slug), PUBLIC_MAX_AGE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Add a topic to the catalogue")
    @APIResponseSchema(value = TopicResponse.class, responseCode = "201", responseDescription = "Created; Location is its address")
    @APIResponse(responseCode = "409", description = "A topic with this slug exists")
    public RestResponse<TopicResponse> add(@NotNull @Valid TopicRequest request) {
        TopicResponse added = topics.add(request, caller.getPrincipal().getName());
        return RestResponse.ResponseBuilder.<TopicResponse>created(URI.create("/api/events/topics/" + added.slug()))
                .entity(added).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Rename a topic; its slug stays, so every forum on it shows the new name")
    public RestResponse<TopicResponse> rename(@PathParam("slug") String slug, @NotNull @Valid TopicRequest request) {
        return RestResponse.ok(topics.rename(slug, request, caller.getPrincipal().getName()));
    }
}
