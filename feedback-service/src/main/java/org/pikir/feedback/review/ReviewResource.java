package org.pikir.feedback.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.EventSlug;
import org.pikir.feedback.common.Staff;
import org.pikir.feedback.recommendation.RecommendationStatus;

import java.net.URI;
import java.util.List;

@Path("/api/feedback/review")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
@RolesAllowed({"moderator", "admin"})
public class ReviewResource {

    private final ReviewService review;
    private final StaffDirectory staff;
    private final JsonWebToken token;

    public ReviewResource(ReviewService review, StaffDirectory staff, JsonWebToken token) {
        this.review = review;
        this.staff = staff;
        this.token = token;
    }

    @GET
    @Path("/staff")
    @Operation(summary = "The staff members a recommendation may be assigned to: everyone seen lately with a moderator,"
            + " editor or admin role, by user name")
    public RestResponse<StaffDirectory.StaffListResponse> staff() {
        return RestResponse.ok(staff.list());
    }

    @GET
    @Path("/queue")
    @Operation(summary = "Published recommendations to review, oldest first; keyset pages via nextCursor")
    public RestResponse<CursorPage<ReviewItemResponse>> queue(
            @QueryParam("event") @EventSlug String event,
            @QueryParam("status") @Pattern(regexp = "SUBMITTED|UNDER_REVIEW|ACCEPTED|PARTIALLY_ACCEPTED|REJECTED|MERGED",
                    message = "is not a review status") String status,
            @QueryParam("assignee") @Size(min = 1, max = 100)
            @Pattern(regexp = "[\\p{L}\\p{N}._@-]+", message = "must be a user name") String assignee,
            @QueryParam("unanswered") @DefaultValue("false") boolean unanswered,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(CursorPage.MAX_SIZE) int size,
            @QueryParam("after") String after) {
        var filter = new ReviewService.QueueFilter(event, status == null ? null : RecommendationStatus.valueOf(status),
                assignee, unanswered, overdue);
        return RestResponse.ok(review.queue(filter, Cursor.decode("after", after), size));
    }

    @GET
    @Path("/recommendations/{id}")
    @Operation(summary = "A recommendation as reviewers see it")
    public RestResponse<ReviewItemResponse> get(@PathParam("id") long id) {
        return RestResponse.ok(review.get(id));
    }

    @POST
    @Path("/recommendations/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a recommendation along its review path; MERGED needs mergeInto and carries endorsements over")
    public RestResponse<ReviewItemResponse> changeStatus(@PathParam("id") long id,
                                                         @NotNull @Valid ReviewStatusRequest request) {
        return RestResponse.ok(review.changeStatus(id, request, Staff.of(token)));
    }

    @PUT
    @Path("/recommendations/{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a reviewer by user name (one of GET /staff; anyone else is 422), or unassign with null")
    public RestResponse<ReviewItemResponse> assign(@PathParam("id") long id, @NotNull @Valid AssigneeRequest request) {
        return RestResponse.ok(review.assign(id, request.assignee(), Staff.of(token)));
    }

    @GET
    @Path("/recommendations/{id}/notes")
    @Operation(summary = "Internal notes on a recommendation, oldest first; never public")
    public RestResponse<List<ReviewNoteResponse>> notes(@PathParam("id") long id) {
        return RestResponse.ok(review.notes(id));
    }

    @POST
    @Path("/recommendations/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an internal note to a recommendation")
    @APIResponseSchema(value = ReviewNoteResponse.class, responseCode = "201",
            responseDescription = "Added; Location lists the recommendation's notes")
    public RestResponse<ReviewNoteResponse> addNote(@PathParam("id") long id, @NotNull @Valid ReviewNoteRequest request) {
        ReviewNoteResponse note = review.addNote(id, request.text(), Staff.of(token));
        return RestResponse.ResponseBuilder.<ReviewNoteResponse>created(
                URI.create("/api/feedback/review/recommendations/" + id + "/notes")).entity(note).build();
    }

    @PUT
    @Path("/recommendations/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish or replace the official answer; the recommendation must be under review or decided")
    public RestResponse<ReviewItemResponse> answer(@PathParam("id") long id, @NotNull @Valid OfficialAnswerRequest request) {
        return RestResponse.ok(review.answer(id, request, Staff.of(token)));
    }
}
