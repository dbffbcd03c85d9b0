package org.pikir.gateway.forum;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.web.PageResponse;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.pikir.gateway.proxy.ReplicaRouting.onAnotherReplicaIfUnreachable;

/** Reads and sends comments through feedback-service, failing fast when the service is down or slow. */
@ApplicationScoped
public class FeedbackClient {

    private static final Logger LOG = Logger.getLogger(FeedbackClient.class);
    private static final GenericType<PageResponse<CommentResponse>> PAGE_OF_COMMENTS = new GenericType<>() {
    };
    private static final Set<String> NOT_PUBLIC = Set.of("HIDDEN", "REJECTED", "DELETED");

    private final FeedbackApi api;
    private final ObjectMapper json;

    public FeedbackClient(@RestClient FeedbackApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    /** The forum's public comments, newest first; none when feedback-service does not know the forum. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public List<CommentResponse> comments(String eventSlug) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.list(eventSlug, 0, PageResponse.MAX_SIZE))) {
            return switch (response.getStatus()) {
                case 200 -> response.readEntity(PAGE_OF_COMMENTS).items().stream()
                        .filter(c -> !NOT_PUBLIC.contains(c.status()))
                        .sorted(Comparator.comparing(CommentResponse::createdAt,
                                Comparator.nullsLast(Comparator.<Instant>reverseOrder())))
                        .toList();
                case 404 -> List.of();
                default -> throw new BackendUnavailableException(
                        "feedback-service answered " + response.getStatus() + " for comments of " + eventSlug);
            };
        }
    }

    /** Sends a comment as {@code author}; the idempotency key makes a repeated submit harmless. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public CommentOutcome send(SignedInUser author, String idempotencyKey, CommentRequest comment) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.create("Bearer " + author.accessToken(), idempotencyKey, comment))) {
            int status = response.getStatus();
            return switch (status) {
                case 200, 201 -> new CommentOutcome.Accepted(response.readEntity(CommentResponse.class));
                case 400, 422 -> new CommentOutcome.Rejected(CommentOutcome.Reason.INVALID, fieldErrors(response));
                case 401 -> new CommentOutcome.Rejected(CommentOutcome.Reason.UNAUTHENTICATED, List.of());
                case 403 -> new CommentOutcome.Rejected(CommentOutcome.Reason.FORBIDDEN, List.of());
                case 404 -> new CommentOutcome.Rejected(CommentOutcome.Reason.UNKNOWN_EVENT, List.of());
                case 409 -> new CommentOutcome.Rejected(CommentOutcome.Reason.CONSULTATION_CLOSED, List.of());
                default -> throw new BackendUnavailableException("feedback-service answered " + status + " to a comment");
            };
        }
    }

    private List<Problem.FieldError> fieldErrors(Response response) {
        String body = response.readEntity(String.class);
        try {
            Problem problem = json.readValue(body, Problem.class);
            return problem.errors() == null ? List.of() : problem.errors();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.debugf("feedback-service rejected a comment without a readable problem: %s", e.getMessage());
            return List.of();
        }
    }
}
