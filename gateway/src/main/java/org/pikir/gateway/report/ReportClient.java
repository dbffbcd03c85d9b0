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
            if (response.getStatus() != 200) {
                throw new BackendUnavailableException("feedback-service answered " + response.getStatus()
                        + " for the report on " + slug);
            }
            return response.readEntity(EventReport.class);
        }
    }

    /** The log; feedback-service answers zeros for a forum nothing was moderated on, so anything else is a failure. */
    public ModerationLog moderationLog(String slug) {
        try (Response response = moderationLog.log(slug)) {
            if (response.getStatus() != 200) {
                throw new BackendUnavailableException("feedback-service answered " + response.getStatus()
                        + " for the moderation log of " + slug);
            }
            return response.readEntity(ModerationLog.class);
        }
    }

    public ServiceAnswer<CursorPage<OverdueRecommendation>> overdue(SignedInUser staff, String slug, int size,
                                                                    String after) {
        try (Response response = api.overdue(slug, size, after)) {
            return responses.read(response, OVERDUE, "the overdue recommendations of " + slug);
        }
    }
}
