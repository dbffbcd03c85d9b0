package org.pikir.events.event;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.events.history.EventChangeResponse;
import org.pikir.platform.web.ConditionalGet;
import org.pikir.platform.web.PageResponse;

import java.net.URI;
import java.util.List;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {

    static final int PUBLIC_MAX_AGE = 60;
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final EventService events;
    private final SecurityIdentity caller;
    private final ConditionalGet conditional;

    public EventResource(EventService events, SecurityIdentity caller, ConditionalGet conditional) {
        this.events = events;
        this.caller = caller;
        this.conditional = conditional;
    }

    private boolean callerEdits() {
        return caller.hasRole("editor") || caller.hasRole("admin");
    }

    private String editor() {
        return caller.getPrincipal().getName();
    }

    @GET
    @Operation(summary = "Published and archived events, newest first; filter and search them")
    public Response list(
            @Parameter(description = "upcoming, open, closed or archived") @QueryParam("status") String status,
            @QueryParam("topic") @Size(max = 60) String topic,
            @QueryParam("city") @Size(max = 120) String city,
            @Parameter(description = "events on or after this date") @QueryParam("from") String from,
            @Parameter(description = "events on or before this date") @QueryParam("to") String to,
            @Parameter(description = "words in Russian, Kazakh or English") @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size,
            @Context Request request) {
        EventFilter filter = EventFilter.of(status, topic, city, from, to, q);
        return conditional.ok(request, events.listPublic(filter, page, size), PUBLIC_MAX_AGE);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One event with its agenda, participants, statements, materials and outcome; drafts only for editors")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        EventDocument document = events.document(slug, this::callerEdits);
        if (!document.isPublic()) {
            return Response.ok(document.json(), JSON).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
        }
        EntityTag tag = new EntityTag(document.etag());
        String cache = ConditionalGet.publicCache(PUBLIC_MAX_AGE);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, cache).build();
        }
        return Response.ok(document.json(), JSON).tag(tag).header(HttpHeaders.CACHE_CONTROL, cache).build();
    }

    @GET
    @Path("/{slug}/consultation")
    @Operation(summary = "Whether the event accepts feedback now (asked by feedback-service on every submission)")
    public RestResponse<ConsultationResponse> consultation(@PathParam("slug") String slug) {
        return RestResponse.ok(events.consultation(slug));
    }

    @GET
    @Path("/{slug}/history")
    @Operation(summary = "What staff changed on the event, newest first")
    public Response history(@PathParam("slug") String slug, @Context Request request) {
        List<EventChangeResponse> history = events.history(slug, callerEdits());
        return conditional.ok(request, history, PUBLIC_MAX_AGE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Create a draft event")
    @APIResponseSchema(value = EventResponse.class, responseCode = "201", responseDescription = "Created; Location is its address")
    @APIResponse(responseCode = "409", description = "An event with this slug exists")
    public RestResponse<EventResponse> create(@NotNull @Valid EventRequest request) {
        EventResponse created = events.createDraft(request, editor());
        return RestResponse.ResponseBuilder.<EventResponse>created(URI.create("/api/events/" + created.slug()))
                .entity(created).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Edit an event; changes to a published event appear in its public history")
    public RestResponse<EventResponse> update(@PathParam("slug") String slug, @NotNull @Valid EventRequest request) {
        return RestResponse.ok(events.update(slug, request, editor()));
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Delete a draft with its participants, agenda, statements and materials")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Not a draft (invalid-transition, or event-archived): archive a published event instead")
    public RestResponse<Void> deleteDraft(@PathParam("slug") String slug) {
        events.deleteDraft(slug, editor());
        return RestResponse.noContent();
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Publish a draft")
    public RestResponse<EventResponse> publish(@PathParam("slug") String slug) {
        return RestResponse.ok(events.publish(slug, editor()));
    }

    @POST
    @Path("/{slug}/archive")
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Archive a published event; its consultation closes and it becomes read-only")
    public RestResponse<EventResponse> archive(@PathParam("slug") String slug) {
        return RestResponse.ok(events.archive(slug, editor()));
    }

    @POST
    @Path("/{slug}/consultation/open")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Open the consultation window (now, or from opensAt) until closesAt")
    public RestResponse<EventResponse> openConsultation(@PathParam("slug") String slug, @Valid ConsultationRequest request) {
        return RestResponse.ok(events.openConsultation(slug, request, editor()));
    }

    @POST
    @Path("/{slug}/consultation/close")
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Close the consultation window now")
    public RestResponse<EventResponse> closeConsultation(@PathParam("slug") String slug) {
        return RestResponse.ok(events.closeConsultation(slug, editor()));
    }

    @PUT
    @Path("/{slug}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Set the conclusions adopted at the event")
    public RestResponse<EventResponse> setOutcome(@PathParam("slug") String slug, @NotNull @Valid OutcomeRequest request) {
        return RestResponse.ok(events.setOutcome(slug, request, editor()));
    }
}
