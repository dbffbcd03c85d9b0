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

import java.util.Locale;


/** Moderation through feedback-service with the moderator's own token, failing fast when the service is down or slow. */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
public class ModerationClient {

    private static final GenericType<CursorPage<ModerationQueueItem>> QUEUE = new GenericType<>() {
    };

    private final ModerationApi api;
    private final ServiceResponses responses;

    public ModerationClient(@RestClient ModerationApi api, ServiceResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    /** Pending or flagged items, most likely spam or oldest first, from {@code after} on. */
    public ServiceAnswer<CursorPage<ModerationQueueItem>> queue(SignedInUser moderator, QueueFilter filter, int size) {
        try (Response response = api.queue(filter.event(), filter.type(), filter.state(), filter.order(), size,
                filter.after())) {
            return responses.read(response, QUEUE, "the moderation queue");
        }
    }

    /** {@code type} is {@code comment} or {@code recommendation}. */
    public ServiceAnswer<Void> moderate(SignedInUser moderator, String type, long id, ModerationDecision decision) {
        try (Response response = api.moderate(type.toLowerCase(Locale.ROOT) + "s", id, decision)) {
            return responses.done(response, "moderating " + type + " " + id);
        }
    }

    public ServiceAnswer<ModerationPolicy> policy(SignedInUser moderator, String slug) {
        try (Response response = api.policy(slug)) {
            return responses.read(response, ModerationPolicy.class, "the moderation policy of " + slug);
        }
    }

    public ServiceAnswer<ModerationPolicy> setPolicy(SignedInUser moderator, String slug, String mode) {
        try (Response response = api.setPolicy(slug, ModerationPolicy.of(mode))) {
            return responses.read(response, ModerationPolicy.class, "setting the moderation policy of " + slug);
        }
    }

}
