package org.pikir.gateway.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.forum.EventSummaryResponse;
import org.pikir.gateway.forum.EventsClient;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceResponses;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.platform.web.PageResponse;

import java.time.temporal.ChronoUnit;

import static org.pikir.gateway.proxy.ReplicaRouting.onAnotherReplicaIfUnreachable;

/** Forum editing through events-service with the editor's own token, failing fast when the service is down or slow. */
@ApplicationScoped
public class ForumEditingClient {

    private static final GenericType<PageResponse<EventSummaryResponse>> PAGE_OF_EVENTS = new GenericType<>() {
    };

    private final ForumEditingApi api;
    private final ServiceResponses responses;

    public ForumEditingClient(@RestClient ForumEditingApi api, ServiceResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    /** Published and archived forums, newest first (events-service lists no drafts). */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<PageResponse<EventSummaryResponse>> list(SignedInUser editor, int page) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.list(bearer(editor), page, PageResponse.MAX_SIZE))) {
            return responses.read(response, PAGE_OF_EVENTS, "the list of forums");
        }
    }

    /** A forum, drafts included; refused (404) for a slug no forum can have, without asking. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<EventResponse> get(SignedInUser editor, String slug) {
        if (!EventsClient.possibleSlug(slug)) {
            return new ServiceAnswer.Refused<>(404, "not-found", null, null);
        }
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.get(bearer(editor), slug))) {
            return responses.read(response, EventResponse.class, "forum " + slug);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> create(SignedInUser editor, ForumDraft draft) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.create(bearer(editor), draft))) {
            return responses.done(response, "a new draft");
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> update(SignedInUser editor, String slug, ForumDraft draft) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.update(bearer(editor), slug, draft))) {
            return responses.done(response, "an edit of " + slug);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> publish(SignedInUser editor, String slug) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.publish(bearer(editor), slug))) {
            return responses.done(response, "publishing " + slug);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> archive(SignedInUser editor, String slug) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.archive(bearer(editor), slug))) {
            return responses.done(response, "archiving " + slug);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> openConsultation(SignedInUser editor, String slug, ConsultationWindow window) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.openConsultation(bearer(editor), slug, window))) {
            return responses.done(response, "opening the consultation of " + slug);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> closeConsultation(SignedInUser editor, String slug) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.closeConsultation(bearer(editor), slug))) {
            return responses.done(response, "closing the consultation of " + slug);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> addParticipant(SignedInUser editor, String slug, NewParticipant participant) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.addParticipant(bearer(editor), slug, participant))) {
            return responses.done(response, "a participant of " + slug);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> addStatement(SignedInUser editor, String slug, NewStatement statement) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.addStatement(bearer(editor), slug, statement))) {
            return responses.done(response, "a statement of " + slug);
        }
    }

    /** The upload may take a while: the file is streamed from the gateway's disk to events-service. */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> addMaterial(SignedInUser editor, String slug, ClientMultipartForm material) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.addMaterial(bearer(editor), slug, material))) {
            return responses.done(response, "a material of " + slug);
        }
    }

    private static String bearer(SignedInUser user) {
        return "Bearer " + user.accessToken();
    }
}
