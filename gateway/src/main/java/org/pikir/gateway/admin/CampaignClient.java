package org.pikir.gateway.admin;

import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceRefused;
import org.pikir.gateway.web.ServiceResponses;
import org.pikir.gateway.web.SignedInUser;

/** A campaign, its comments and a decision on all of them, with the moderator's own token, failing fast. */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
public class CampaignClient {

    private static final GenericType<CursorPage<Campaign.Member>> MEMBERS = new GenericType<>() {
    };

    private final CampaignApi api;
    private final ServiceResponses responses;

    public CampaignClient(@RestClient CampaignApi api, ServiceResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    public ServiceAnswer<Campaign> campaign(SignedInUser moderator, String slug, long id) {
        try (Response response = api.campaign(slug, id)) {
            return responses.read(response, Campaign.class, "campaign " + id + " of " + slug);
        }
    }

    public ServiceAnswer<CursorPage<Campaign.Member>> members(SignedInUser moderator, String slug, long id, int size,
                                                              String after) {
        try (Response response = api.members(slug, id, size, after)) {
            return responses.read(response, MEMBERS, "the comments of campaign " + id);
        }
    }

    /** Publishes, hides or rejects every comment of the campaign the way a decision on one does. */
    public ServiceAnswer<Campaign.Outcome> moderate(SignedInUser moderator, long id, ModerationDecision decision) {
        try (Response response = api.moderate(id, decision)) {
            return responses.read(response, Campaign.Outcome.class, "moderating campaign " + id);
        }
    }
}
