package org.pikir.gateway.admin;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** feedback-service's review endpoints; answers are read by {@link ReviewClient}. Null query parameters are left out. */
@RegisterRestClient(configKey = "feedback")
@Path("/api/feedback/review")
@Produces(MediaType.APPLICATION_JSON)
interface ReviewApi {

    @GET
    @Path("/queue")
    @AccessToken
    Response queue(@QueryParam("event") String event,
                   @QueryParam("status") String status, @QueryParam("assignee") String assignee,
                   @QueryParam("unanswered") boolean unanswered, @QueryParam("overdue") boolean overdue,
                   @QueryParam("size") int size, @QueryParam("after") String after);

    @GET
    @Path("/recommendations/{id}")
    @AccessToken
    Response get(@PathParam("id") long id);

    @POST
    @Path("/recommendations/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response status(@PathParam("id") long id,
                    ReviewStatusChange change);

    @GET
    @Path("/staff")
    @AccessToken
    Response staff();

    @PUT
    @Path("/recommendations/{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response assign(@PathParam("id") long id,
                    Assignment assignment);

    @GET
    @Path("/recommendations/{id}/notes")
    @AccessToken
    Response notes(@PathParam("id") long id);

    @POST
    @Path("/recommendations/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response addNote(@PathParam("id") long id,
                     NoteText note);

    @PUT
    @Path("/recommendations/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessToken
    Response answer(@PathParam("id") long id,
                    OfficialAnswerText answer);

    /** A status change; {@code mergeInto} only with MERGED. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record ReviewStatusChange(String status, Long mergeInto) {
    }

    /** The staff members a recommendation may be assigned to. */
    record StaffList(List<StaffMember> items) {
    }

    record StaffMember(String username, List<String> roles) {
    }

    /** Who reviews; null unassigns (so null is sent, not left out). */
    record Assignment(String assignee) {
    }

    record NoteText(String text) {
    }

    record OfficialAnswerText(String text, String answeredBy) {
    }
}
