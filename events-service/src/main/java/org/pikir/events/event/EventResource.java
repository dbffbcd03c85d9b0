package org.pikir.events.event;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.platform.web.PageResponse;

import java.net.URI;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {

    private final EventService events;
    private final SecurityIdentity caller;

    public EventResource(EventService events, SecurityIdentity caller) {
        this.events = events;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Published and archived events, newest first")
    public RestResponse<PageResponse<EventSummaryResponse>> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return RestResponse.ok(events.listPublic(page, size));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One event; drafts only for editors")
    public RestResponse<EventResponse> get(@PathParam("slug") String slug) {
        return RestResponse.ok(events.get(slug, caller.hasRole("editor") || caller.hasRole("admin")));
    }

    @GET
    @Path("/{slug}/consultation")
    @Operation(summary = "Whether the event accepts feedback now (used by feedback-service)")
    public RestResponse<ConsultationResponse> consultation(@PathParam("slug") String slug) {
        return RestResponse.ok(events.consultation(slug));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Create a draft event")
    public RestResponse<EventResponse> create(@NotNull @Valid EventRequest request) {
        EventResponse created = events.createDraft(request, caller.getPrincipal().getName());
        return RestResponse.ResponseBuilder.<EventResponse>created(URI.create("/api/events/" + created.slug()))
                .entity(created).build();
    }
}
