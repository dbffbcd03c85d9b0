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
import java.util.Locale;

import static org.pikir.gateway.proxy.ReplicaRouting.onAnotherReplicaIfUnreachable;

/** Moderation through feedback-service with the moderator's own token, failing fast when the service is down or slow. */
@ApplicationScoped
public class ModerationClient {

    private static final GenericType<CursorPage<ModerationQueueItem>> QUEUE = new GenericType<>() {
    };

    private final ModerationApi api;
    private final ServiceResponses responses;

    public ModerationClient(@RestClient ModerationApi api, ServiceResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    /** Pending or flagged items, oldest first, from {@code after} on. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<CursorPage<ModerationQueueItem>> queue(SignedInUser moderator, QueueFilter filter, int size) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.queue(bearer(moderator), filter.event(), filter.type(), filter.state(), size,
                filter.after()))) {
            return responses.read(response, QUEUE, "the moderation queue");
        }
    }

    /** {@code type} is {@code comment} or {@code recommendation}. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> moderate(SignedInUser moderator, String type, long id, ModerationDecision decision) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.moderate(bearer(moderator), type.toLowerCase(Locale.ROOT) + "s", id, decision))) {
            return responses.done(response, "moderating " + type + " " + id);
        }
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<ModerationPolicy> policy(SignedInUser moderator, String slug) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.policy(bearer(moderator), slug))) {
            return responses.read(response, ModerationPolicy.class, "the moderation policy of " + slug);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<ModerationPolicy> setPolicy(SignedInUser moderator, String slug, String mode) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.setPolicy(bearer(moderator), slug, ModerationPolicy.of(mode)))) {
            return responses.read(response, ModerationPolicy.class, "setting the moderation policy of " + slug);
        }
    }

    private static String bearer(SignedInUser user) {
        return "Bearer " + user.accessToken();
    }
}
