package org.pikir.gateway.forum;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import io.smallrye.faulttolerance.api.RetryWhen;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.ServiceRefused;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceResponses;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.web.PageResponse;

import java.util.List;
import java.util.Optional;
import java.util.Set;


/**
 * Reads and sends citizens' feedback through feedback-service — comments and replies, recommendations
 * and endorsements, flags — failing fast when the service is down or slow.
 */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
public class FeedbackClient {

    private static final Logger LOG = Logger.getLogger(FeedbackClient.class);
    private static final GenericType<CursorPage<ReplyResponse>> PAGE_OF_REPLIES = new GenericType<>() {
    };
    private static final GenericType<PageResponse<RecommendationResponse>> PAGE_OF_RECOMMENDATIONS =
            new GenericType<>() {
            };
    private static final GenericType<List<RecommendationResponse>> RECOMMENDATIONS = new GenericType<>() {
    };
    /** Shown in place: published items with their text, hidden ones with the moderator's reason. */
    private static final Set<String> LISTED = Set.of("PUBLISHED", "HIDDEN");
    /** feedback-service's refusal of an account whose e-mail address is not verified yet. */
    private static final String EMAIL_UNVERIFIED = "https://pikir.org/problems/email-unverified";
    /** feedback-service reads at most this much of a draft when looking for similar recommendations. */
    private static final int MAX_SIMILAR_TEXT = 2000;

    private final FeedbackApi api;
    private final ObjectMapper json;
    private final ServiceResponses responses;

    public FeedbackClient(@RestClient FeedbackApi api, ObjectMapper json, ServiceResponses responses) {
        this.api = api;
        this.json = json;
        this.responses = responses;
    }

    /**
     * One page of the forum's comment threads in {@code order}, from {@code after} (a cursor from the page before;
     * null for the first), each with its first replies; a refusal (400) is a cursor feedback-service does not accept.
     * An unknown forum has no comments.
     */
    public ServiceAnswer<ThreadPageResponse> threads(String eventSlug, CommentOrder order, String after, int size) {
        try (Response response = api.threads(eventSlug, order.parameter(), after, size)) {
            ServiceAnswer<ThreadPageResponse> answer = responses.read(response, ThreadPageResponse.class,
                    "comment threads of " + eventSlug);
            return answer instanceof ServiceAnswer.Refused<ThreadPageResponse> refused && refused.status() == 404
                    ? new ServiceAnswer.Done<>(new ThreadPageResponse(List.of(), null, 0, 0))
                    : answer;
        }
    }

    /** One page of the listed replies of the thread under top-level comment {@code threadId}, in the order written; 404 for no such thread. */
    public ServiceAnswer<CursorPage<ReplyResponse>> replies(long threadId, String after, int size) {
        try (Response response = api.replies(threadId, after, size)) {
            return responses.read(response, PAGE_OF_REPLIES, "replies to comment " + threadId);
        }
    }

    /** Sends a comment or a reply as {@code author}; the idempotency key makes a repeated submit harmless. */
    public CommentOutcome send(SignedInUser author, String idempotencyKey, CommentRequest comment) {
        try (Response response = api.create(idempotencyKey, comment)) {
            int status = response.getStatus();
            return switch (status) {
                case 200, 201 -> new CommentOutcome.Accepted(response.readEntity(CommentResponse.class));
                case 400, 422 -> new CommentOutcome.Rejected(CommentOutcome.Reason.INVALID, fieldErrors(response));
                case 401 -> new CommentOutcome.Rejected(CommentOutcome.Reason.UNAUTHENTICATED, List.of());
                case 403 -> new CommentOutcome.Rejected(EMAIL_UNVERIFIED.equals(problemType(response))
                        ? CommentOutcome.Reason.EMAIL_UNVERIFIED : CommentOutcome.Reason.FORBIDDEN, List.of());
                case 404 -> new CommentOutcome.Rejected(CommentOutcome.Reason.UNKNOWN_EVENT, List.of());
                case 409 -> new CommentOutcome.Rejected(CommentOutcome.Reason.CONSULTATION_CLOSED, List.of());
                default -> throw new BackendUnavailableException("feedback-service answered " + status + " to a comment");
            };
        }
    }

    /**
     * One page of the forum's listed recommendations, the most endorsed first; asked as {@code user} when someone
     * is signed in, so that each says whether they endorse it.
     */
    public PageResponse<RecommendationResponse> recommendations(String eventSlug, Optional<SignedInUser> user,
                                                                int page, int size) {
        try (Response response = user.isPresent() ? api.recommendationsForMe(eventSlug, "top", page, size)
                : api.recommendations(eventSlug, "top", page, size)) {
            return switch (response.getStatus()) {
                case 200 -> {
                    PageResponse<RecommendationResponse> found = response.readEntity(PAGE_OF_RECOMMENDATIONS);
                    yield new PageResponse<>(found.items().stream().filter(r -> r.visibility() != null && LISTED.contains(r.visibility())).toList(),
                            found.page(), found.size(), found.totalItems(), found.totalPages());
                }
                case 404 -> new PageResponse<>(List.of(), page, size, 0, 0);
                default -> throw new BackendUnavailableException(
                        "feedback-service answered " + response.getStatus() + " for recommendations of " + eventSlug);
            };
        }
    }

    /** One listed recommendation; empty when feedback-service does not show it. */
    public Optional<RecommendationResponse> recommendation(long id) {
        try (Response response = api.recommendation(id)) {
            return switch (response.getStatus()) {
                case 200 -> Optional.of(response.readEntity(RecommendationResponse.class));
                case 404 -> Optional.empty();
                default -> throw new BackendUnavailableException(
                        "feedback-service answered " + response.getStatus() + " for recommendation " + id);
            };
        }
    }

    /** Published recommendations on the forum that resemble a draft, most similar first. */
    public List<RecommendationResponse> similar(String eventSlug, String draft) {
        String text = draft.length() > MAX_SIMILAR_TEXT ? draft.substring(0, MAX_SIMILAR_TEXT) : draft;
        try (Response response = api.similar(eventSlug, text)) {
            return switch (response.getStatus()) {
                case 200 -> response.readEntity(RECOMMENDATIONS);
                case 400, 404 -> List.of();
                default -> throw new BackendUnavailableException(
                        "feedback-service answered " + response.getStatus() + " for similar recommendations");
            };
        }
    }

    public ServiceAnswer<RecommendationResponse> recommend(SignedInUser author, String idempotencyKey,
                                                            RecommendationRequest recommendation) {
        try (Response response = api.recommend(idempotencyKey, recommendation)) {
            return responses.read(response, RecommendationResponse.class, "a recommendation");
        }
    }

    /** Endorses ({@code endorse}) or withdraws the endorsement; both are safe to repeat. */
    public ServiceAnswer<EndorsementResponse> endorse(SignedInUser user, long id, boolean endorse) {
        try (Response response = endorse ? api.endorse(id) : api.withdraw(id)) {
            return responses.read(response, EndorsementResponse.class, "an endorsement");
        }
    }

    public ServiceAnswer<Void> flag(SignedInUser user, String idempotencyKey, FlagRequest flag) {
        try (Response response = api.flag(idempotencyKey, flag)) {
            return responses.done(response, "a flag");
        }
    }


    private List<Problem.FieldError> fieldErrors(Response response) {
        return problem(response).map(Problem::errors).orElse(List.of());
    }

    private String problemType(Response response) {
        return problem(response).map(Problem::type).map(Object::toString).orElse("");
    }

    private Optional<Problem> problem(Response response) {
        String body = response.readEntity(String.class);
        try {
            return Optional.ofNullable(json.readValue(body, Problem.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.debugf("feedback-service rejected a comment without a readable problem: %s", e.getMessage());
            return Optional.empty();
        }
    }
}
