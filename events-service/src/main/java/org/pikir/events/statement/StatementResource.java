package org.pikir.events.statement;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.events.common.OrderRequest;
import org.pikir.platform.web.ConditionalGet;

import java.net.URI;
import java.util.List;

@Path("/api/events/{slug}/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements")
public class StatementResource {

    private static final int PUBLIC_MAX_AGE = 60;

    private final StatementService statements;
    private final SecurityIdentity caller;
    private final ConditionalGet conditional;

    public StatementResource(StatementService statements, SecurityIdentity caller, ConditionalGet conditional) {
        this.statements = statements;
        this.caller = caller;
        this.conditional = conditional;
    }

    private boolean callerEdits() {
        return caller.hasRole("editor") || caller.hasRole("admin");
    }

    @GET
    @Operation(summary = "The event's statements in their order")
    public RestResponse<List<StatementResponse>> list(@PathParam("slug") String slug) {
        return RestResponse.ok(statements.list(slug, callerEdits()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One statement at its stable address")
    public Response get(@PathParam("slug") String slug, @PathParam("id") long id, @Context Request request) {
        return conditional.ok(request, statements.get(slug, id, callerEdits()), PUBLIC_MAX_AGE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Add a statement at the end")
    @APIResponseSchema(value = StatementResponse.class, responseCode = "201", responseDescription = "Added; Location is its address")
    @APIResponse(responseCode = "409", description = "The event is archived")
    public RestResponse<StatementResponse> add(@PathParam("slug") String slug, @NotNull @Valid StatementRequest request) {
        StatementResponse added = statements.add(slug, request, caller.getPrincipal().getName());
        return RestResponse.ResponseBuilder.<StatementResponse>created(URI.create(added.url())).entity(added).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Edit a statement; the change shows in the event's history")
    public RestResponse<StatementResponse> edit(@PathParam("slug") String slug, @PathParam("id") long id,
                                                @NotNull @Valid StatementRequest request) {
        return RestResponse.ok(statements.edit(slug, id, request, caller.getPrincipal().getName()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Remove a statement")
    public RestResponse<Void> remove(@PathParam("slug") String slug, @PathParam("id") long id) {
        statements.remove(slug, id, caller.getPrincipal().getName());
        return RestResponse.noContent();
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Reorder the statements: every id, in the new order")
    public RestResponse<List<StatementResponse>> reorder(@PathParam("slug") String slug, @NotNull @Valid OrderRequest order) {
        return RestResponse.ok(statements.reorder(slug, order.ids(), caller.getPrincipal().getName()));
    }
}
