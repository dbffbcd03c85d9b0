package org.pikir.gateway.draft;

import io.quarkus.cache.CacheResult;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.pikir.gateway.forum.ThreadPageResponse;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceRefused;
import org.pikir.gateway.web.ServiceResponses;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.platform.web.PageResponse;

import java.util.List;
import java.util.Set;

/**
 * Reads and sends feedback on draft texts through feedback-service: the counts per passage for a draft page, the
 * threads and recommendations of one article, and comments and recommendations on a passage.
 */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
public class DraftFeedback {

    private static final GenericType<PageResponse<PassageRecommendationResponse>> PAGE_OF_RECOMMENDATIONS =
            new GenericType<>() {
            };
    /** Shown in place: published items with their text, hidden ones with the moderator's reason. */
    private static final Set<String> LISTED = Set.of("PUBLISHED", "HIDDEN");

    private final DraftFeedbackApi api;
    private final ServiceResponses responses;

    public DraftFeedback(@RestClient DraftFeedbackApi api, ServiceResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    /**
     * The listed comments and recommendations per passage of a draft; a draft nobody wrote on has none. The same for
     * every reader, so kept {@code pikir.gateway.draft-counts-cache} (2 s) per replica: a 300-article draft's counts
     * are ~1,500 rows that cost feedback-service and its PostgreSQL ~15 ms of CPU to gather, more than the rest of the
     * page. A failure is not kept.
     */
    @CacheResult(cacheName = "draft-counts")
    public PassageCountsResponse counts(String eventSlug, long draftId) {
        try (Response response = api.counts(draftId, eventSlug)) {
            return switch (response.getStatus()) {
                case 200 -> response.readEntity(PassageCountsResponse.class);
                case 404 -> new PassageCountsResponse(draftId, List.of());
                default -> throw new BackendUnavailableException(
                        "feedback-service answered " + response.getStatus() + " for the counts of draft " + draftId);
            };
        }
    }

    /** One page of the comment threads on an article (newest first), from {@code after} (null: the first page). */
    public ServiceAnswer<ThreadPageResponse> threads(String eventSlug, long draftId, String article,
                                                            String after, int size) {
        try (Response response = api.threads(eventSlug, draftId, article, "newest", after, size)) {
            return responses.read(response, ThreadPageResponse.class, "the threads on " + article);
        }
    }

    /**
     * One page of the listed recommendations on an article, the most endorsed first; asked with the reader's token
     * when {@code signedIn}, so that each says whether they endorse it and whether it is theirs.
     */
    public PageResponse<PassageRecommendationResponse> recommendations(String eventSlug, long draftId, String article,
                                                                       int page, int size, boolean signedIn) {
        try (Response response = signedIn ? api.recommendationsForMe(eventSlug, draftId, article, "top", page, size)
                : api.recommendations(eventSlug, draftId, article, "top", page, size)) {
            return switch (response.getStatus()) {
                case 200 -> {
                    PageResponse<PassageRecommendationResponse> found = response.readEntity(PAGE_OF_RECOMMENDATIONS);
                    yield new PageResponse<>(found.items().stream()
                            .filter(r -> r.visibility() != null && LISTED.contains(r.visibility())).toList(),
                            found.page(), found.size(), found.totalItems(), found.totalPages());
                }
                case 400, 404 -> new PageResponse<>(List.of(), page, size, 0, 0);
                default -> throw new BackendUnavailableException(
                        "feedback-service answered " + response.getStatus() + " for the recommendations on " + article);
            };
        }
    }

    /** Sends a comment on a passage as {@code author}; the idempotency key makes a repeated submit harmless. */
    public ServiceAnswer<Sent> comment(SignedInUser author, String idempotencyKey, PassageCommentRequest comment) {
        try (Response response = api.comment(idempotencyKey, comment)) {
            return responses.read(response, Sent.class, "a comment on a draft");
        }
    }

    public ServiceAnswer<Sent> recommend(SignedInUser author, String idempotencyKey,
                                         PassageRecommendationRequest recommendation) {
        try (Response response = api.recommend(idempotencyKey, recommendation)) {
            return responses.read(response, Sent.class, "a recommendation on a draft");
        }
    }

    /** What the page needs of an accepted comment or recommendation: where it is and whether it is shown yet. */
    public record Sent(Long id, String status, String visibility) {

        public boolean pending() {
            return "PENDING".equals(status) || "PENDING".equals(visibility);
        }
    }
}
