package org.pikir.gateway.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceResponses;
import org.pikir.gateway.web.SignedInUser;

import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.pikir.gateway.proxy.ReplicaRouting.onAnotherReplicaIfUnreachable;

/** The review of recommendations through feedback-service with the reviewer's own token, failing fast. */
@ApplicationScoped
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

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<CursorPage<ReviewItem>> queue(SignedInUser reviewer, ReviewFilter filter, int size) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.queue(bearer(reviewer), filter.event(), filter.status(),
                        filter.mine() ? reviewer.username() : null, filter.unanswered(), filter.overdue(), size, filter.after()))) {
            return responses.read(response, QUEUE, "the review queue");
        }
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<ReviewItem> get(SignedInUser reviewer, long id) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.get(bearer(reviewer), id))) {
            return responses.read(response, ReviewItem.class, "recommendation " + id + " for review");
        }
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<List<ReviewNote>> notes(SignedInUser reviewer, long id) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.notes(bearer(reviewer), id))) {
            return responses.read(response, NOTES, "the notes on recommendation " + id);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> changeStatus(SignedInUser reviewer, long id, String status, Long mergeInto) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.status(bearer(reviewer), id, new ReviewApi.ReviewStatusChange(status, mergeInto)))) {
            return responses.done(response, "a status change of recommendation " + id);
        }
    }

    /** {@code assignee} null unassigns. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> assign(SignedInUser reviewer, long id, String assignee) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.assign(bearer(reviewer), id, new ReviewApi.Assignment(assignee)))) {
            return responses.done(response, "assigning recommendation " + id);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> addNote(SignedInUser reviewer, long id, String text) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.addNote(bearer(reviewer), id, new ReviewApi.NoteText(text)))) {
            return responses.done(response, "a note on recommendation " + id);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> answer(SignedInUser reviewer, long id, String text, String answeredBy) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.answer(bearer(reviewer), id, new ReviewApi.OfficialAnswerText(text, answeredBy)))) {
            return responses.done(response, "the official answer to recommendation " + id);
        }
    }

    private static String bearer(SignedInUser user) {
        return "Bearer " + user.accessToken();
    }
}
