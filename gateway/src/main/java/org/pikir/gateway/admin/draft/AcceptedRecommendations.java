package org.pikir.gateway.admin.draft;

import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceRefused;
import org.pikir.gateway.web.ServiceResponses;
import org.pikir.platform.web.PageResponse;

import java.util.List;

/**
 * The accepted recommendations on one article of a draft, which the comparative table's editor may link to a row.
 */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
public class AcceptedRecommendations {

    static final String ACCEPTED = "ACCEPTED";
    private static final GenericType<PageResponse<AcceptedRecommendation>> PAGE = new GenericType<>() {
    };

    private final AcceptedRecommendationsApi api;
    private final ServiceResponses responses;

    public AcceptedRecommendations(@RestClient AcceptedRecommendationsApi api, ServiceResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    /**
     * The accepted recommendations on {@code article} of draft {@code draftId} (at most a page of 100); only items
     * that say they are about that article are kept. Throws as other clients do when feedback-service cannot answer.
     */
    public List<AcceptedRecommendation> onArticle(String event, long draftId, String article) {
        try (Response response = api.list(event, draftId, article, ACCEPTED, PageResponse.MAX_SIZE)) {
            ServiceAnswer<PageResponse<AcceptedRecommendation>> answer = responses.read(response, PAGE,
                    "the accepted recommendations on " + article);
            if (!(answer instanceof ServiceAnswer.Done<PageResponse<AcceptedRecommendation>> done)) {
                throw new BackendUnavailableException("refused the accepted recommendations on " + article);
            }
            return done.value().items().stream()
                    .filter(r -> r.id() != null && ACCEPTED.equals(r.status()))
                    .filter(r -> Long.valueOf(draftId).equals(r.draftId()) && article.equals(r.article()))
                    .toList();
        }
    }
}
