package org.pikir.feedback.analysis.job;

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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.EventSlug;
import org.pikir.feedback.common.Staff;
import org.pikir.platform.web.InvalidParameterException;

import java.net.URI;

@Path("/api/feedback/analysis/{eventSlug}/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis")
@RolesAllowed({"moderator", "admin"})
public class JobResource {

    private final JobService jobs;
    private final JsonWebToken token;

    public JobResource(JobService jobs, JsonWebToken token) {
        this.jobs = jobs;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a background analysis job (SUGGEST_THEMES, CAMPAIGNS) on the forum")
    @APIResponseSchema(value = JobResponse.class, responseCode = "201",
            responseDescription = "Queued; Location is its address")
    @APIResponse(responseCode = "409", description = "The forum already has a QUEUED or RUNNING job (named in errors)")
    @APIResponse(responseCode = "422", description = "No task runs jobs of this kind, or parameters do not fit")
    public RestResponse<JobResponse> start(@PathParam("eventSlug") @EventSlug String eventSlug,
                                           @NotNull @Valid JobRequest request) {
        JobResponse job = jobs.start(eventSlug, request, Staff.of(token));
        return RestResponse.ResponseBuilder.<JobResponse>created(
                URI.create("/api/feedback/analysis/" + eventSlug + "/jobs/" + job.id())).entity(job).build();
    }

    @GET
    @Operation(summary = "The forum's analysis jobs, newest first; keyset pages via nextCursor")
    public RestResponse<CursorPage<JobResponse>> list(
            @PathParam("eventSlug") @EventSlug String eventSlug,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(CursorPage.MAX_SIZE) int size,
            @QueryParam("after") String after) {
        return RestResponse.ok(jobs.page(eventSlug, cursor(after), size));
    }

    @GET
    @Path("/current")
    @Operation(summary = "The forum's QUEUED or RUNNING job, else its newest one")
    public RestResponse<JobResponse> current(@PathParam("eventSlug") @EventSlug String eventSlug) {
        return RestResponse.ok(jobs.current(eventSlug));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One analysis job with its progress")
    public RestResponse<JobResponse> get(@PathParam("eventSlug") @EventSlug String eventSlug,
                                         @PathParam("id") long id) {
        return RestResponse.ok(jobs.get(eventSlug, id));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel a job: a QUEUED one at once, a RUNNING one stops at its next check")
    public RestResponse<JobResponse> cancel(@PathParam("eventSlug") @EventSlug String eventSlug,
                                            @PathParam("id") long id) {
        return RestResponse.ok(jobs.cancel(eventSlug, id, Staff.of(token)));
    }

    private static Long cursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("after", "is not a cursor from this list");
        }
    }
}
