package org.pikir.gateway.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import io.smallrye.faulttolerance.api.RetryWhen;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.ServiceRefused;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceResponses;
import org.pikir.gateway.web.SignedInUser;



/**
 * Reads a forum's report and moderation log (public) and its overdue recommendations (staff, with their token),
 * failing fast.
 */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
public class ReportClient {

    private static final GenericType<CursorPage<OverdueRecommendation>> OVERDUE = new GenericType<>() {
    };

    private final ReportApi api;
    private final ModerationLogApi moderationLog;
    private final ServiceResponses responses;

    public ReportClient(@RestClient ReportApi api, @RestClient ModerationLogApi moderationLog,
                        ServiceResponses responses) {
        this.api = api;
        this.moderationLog = moderationLog;
        this.responses = responses;
    }

    /** The report; feedback-service answers zeros for a forum without feedback, so anything else is a failure. */
    public EventReport report(String slug) {
        try (Response response = api.report(slug)) {
            return publicFigures(response, EventReport.class, "the report on " + slug);
        }
    }

    /** The log; feedback-service answers zeros for a forum nothing was moderated on, so anything else is a failure. */
    public ModerationLog moderationLog(String slug) {
        try (Response response = moderationLog.log(slug)) {
            return publicFigures(response, ModerationLog.class, "the moderation log of " + slug);
        }
    }

    private static <T> T publicFigures(Response response, Class<T> type, String what) {
        if (response.getStatus() != 200) {
            throw new BackendUnavailableException("feedback-service answered " + response.getStatus() + " for " + what);
        }
        return response.readEntity(type);
    }

    public ServiceAnswer<CursorPage<OverdueRecommendation>> overdue(SignedInUser staff, String slug, int size,
                                                                    String after) {
        try (Response response = api.overdue(slug, size, after)) {
            return responses.read(response, OVERDUE, "the overdue recommendations of " + slug);
        }
    }
}
