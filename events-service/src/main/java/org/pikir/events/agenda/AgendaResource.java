package org.pikir.events.agenda;

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

@Path("/api/events/{slug}/agenda")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agenda")
public class AgendaResource {

    private final AgendaService agenda;
    private final SecurityIdentity caller;

    public AgendaResource(AgendaService agenda, SecurityIdentity caller) {
        this.agenda = agenda;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The event's sessions in their order")
    public RestResponse<List<AgendaItemResponse>> list(@PathParam("slug") String slug) {
        return RestResponse.ok(agenda.list(slug, caller.hasRole("editor") || caller.hasRole("admin")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Add a session at the end")
    @APIResponseSchema(value = AgendaItemResponse.class, responseCode = "201", responseDescription = "Added; Location is its address")
    @APIResponse(responseCode = "409", description = "The event is archived")
    public RestResponse<AgendaItemResponse> add(@PathParam("slug") String slug, @NotNull @Valid AgendaItemRequest request) {
        AgendaItemResponse added = agenda.add(slug, request, caller.getPrincipal().getName());
        return RestResponse.ResponseBuilder.<AgendaItemResponse>created(
                URI.create("/api/events/" + slug + "/agenda/" + added.id())).entity(added).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Edit a session")
    public RestResponse<AgendaItemResponse> edit(@PathParam("slug") String slug, @PathParam("id") long id,
                                                 @NotNull @Valid AgendaItemRequest request) {
        return RestResponse.ok(agenda.edit(slug, id, request, caller.getPrincipal().getName()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Remove a session; its statements stay, without a session")
    public RestResponse<Void> remove(@PathParam("slug") String slug, @PathParam("id") long id) {
        agenda.remove(slug, id, caller.getPrincipal().getName());
        return RestResponse.noContent();
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Reorder the sessions: every id, in the new order")
    public RestResponse<List<AgendaItemResponse>> reorder(@PathParam("slug") String slug, @NotNull @Valid OrderRequest order) {
        return RestResponse.ok(agenda.reorder(slug, order.ids(), caller.getPrincipal().getName()));
    }
}
