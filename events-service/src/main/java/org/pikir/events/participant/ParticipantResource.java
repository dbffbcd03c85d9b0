package org.pikir.events.participant;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.events.common.OrderRequest;

import java.net.URI;
import java.util.List;

@Path("/api/events/{slug}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
public class ParticipantResource {

    private final ParticipantService participants;
    private final SecurityIdentity caller;

    public ParticipantResource(ParticipantService participants, SecurityIdentity caller) {
        this.participants = participants;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The event's participants in their order")
    public RestResponse<List<ParticipantResponse>> list(@PathParam("slug") String slug) {
        return RestResponse.ok(participants.list(slug, caller.hasRole("editor") || caller.hasRole("admin")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Add a participant at the end")
    @APIResponseSchema(value = ParticipantResponse.class, responseCode = "201", responseDescription = "Added; Location is its address")
    @APIResponse(responseCode = "409", description = "The event is archived")
    public RestResponse<ParticipantResponse> add(@PathParam("slug") String slug, @NotNull @Valid ParticipantRequest request) {
        ParticipantResponse added = participants.add(slug, request, caller.getPrincipal().getName());
        return RestResponse.ResponseBuilder.<ParticipantResponse>created(
                URI.create("/api/events/" + slug + "/participants/" + added.id())).entity(added).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Edit a participant")
    public RestResponse<ParticipantResponse> edit(@PathParam("slug") String slug, @PathParam("id") long id,
                                                  @NotNull @Valid ParticipantRequest request) {
        return RestResponse.ok(participants.edit(slug, id, request, caller.getPrincipal().getName()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Remove a participant")
    public RestResponse<Void> remove(@PathParam("slug") String slug, @PathParam("id") long id) {
        participants.remove(slug, id, caller.getPrincipal().getName());
        return RestResponse.noContent();
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Reorder the participants: every id, in the new order")
    public RestResponse<List<ParticipantResponse>> reorder(@PathParam("slug") String slug, @NotNull @Valid OrderRequest order) {
        return RestResponse.ok(participants.reorder(slug, order.ids(), caller.getPrincipal().getName()));
    }
}
