package org.pikir.gateway.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import io.smallrye.faulttolerance.api.RetryWhen;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.ServiceRefused;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceResponses;
import org.pikir.gateway.web.SignedInUser;

import java.util.List;


/** The review of recommendations through feedback-service with the reviewer's own token, failing fast. */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
public class ReviewClient {

    private static final GenericType<CursorPage<ReviewItem>> QUEUE = new GenericType<>() {
    };
    private static final GenericType<List<ReviewNote>> NOTES = new GenericType<>() {
    };

    private final ReviewApi api;
    private final ServiceResponses responses;

    public ReviewClient(@RestClient ReviewApi api, ServiceResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    public ServiceAnswer<CursorPage<ReviewItem>> queue(SignedInUser reviewer, ReviewFilter filter, int size) {
        try (Response response = api.queue(filter.event(), filter.status(),
                        filter.mine() ? reviewer.username() : null, filter.unanswered(), filter.overdue(), size, filter.after())) {
            return responses.read(response, QUEUE, "the review queue");
        }
    }

    public ServiceAnswer<ReviewItem> get(SignedInUser reviewer, long id) {
        try (Response response = api.get(id)) {
            return responses.read(response, ReviewItem.class, "recommendation " + id + " for review");
        }
    }

    public ServiceAnswer<List<ReviewNote>> notes(SignedInUser reviewer, long id) {
        try (Response response = api.notes(id)) {
            return responses.read(response, NOTES, "the notes on recommendation " + id);
        }
    }

    public ServiceAnswer<Void> changeStatus(SignedInUser reviewer, long id, String status, Long mergeInto) {
        try (Response response = api.status(id, new ReviewApi.ReviewStatusChange(status, mergeInto))) {
            return responses.done(response, "a status change of recommendation " + id);
        }
    }

    /** The staff members a recommendation may be assigned to, by user name; none when feedback-service cannot say. */
    public List<String> staff(SignedInUser reviewer) {
        try (Response response = api.staff()) {
            return responses.read(response, ReviewApi.StaffList.class, "the staff list")
                    instanceof ServiceAnswer.Done<ReviewApi.StaffList> found && found.value().items() != null
                    ? found.value().items().stream().map(ReviewApi.StaffMember::username).toList()
                    : List.of();
        }
    }

    /** {@code assignee} null unassigns. */
    public ServiceAnswer<Void> assign(SignedInUser reviewer, long id, String assignee) {
        try (Response response = api.assign(id, new ReviewApi.Assignment(assignee))) {
            return responses.done(response, "assigning recommendation " + id);
        }
    }

    public ServiceAnswer<Void> addNote(SignedInUser reviewer, long id, String text) {
        try (Response response = api.addNote(id, new ReviewApi.NoteText(text))) {
            return responses.done(response, "a note on recommendation " + id);
        }
    }

    public ServiceAnswer<Void> answer(SignedInUser reviewer, long id, String text, String answeredBy) {
        try (Response response = api.answer(id, new ReviewApi.OfficialAnswerText(text, answeredBy))) {
            return responses.done(response, "the official answer to recommendation " + id);
        }
    }

}
