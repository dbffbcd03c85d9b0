package org.pikir.gateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceResponses;
import org.pikir.gateway.web.SignedInUser;

import java.time.temporal.ChronoUnit;

import static org.pikir.gateway.proxy.ReplicaRouting.onAnotherReplicaIfUnreachable;

/** The citizen's own account in feedback-service, always with their own token, failing fast when the service is down. */
@ApplicationScoped
public class AccountClient {

    private static final GenericType<CursorPage<MyItem>> ITEMS = new GenericType<>() {
    };
    private static final GenericType<CursorPage<NotificationResponse>> NOTIFICATIONS = new GenericType<>() {
    };

    private final AccountApi api;
    private final ServiceResponses responses;

    public AccountClient(@RestClient AccountApi api, ServiceResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    /** A data export: the JSON document and the file name feedback-service gave it. */
    public record Export(byte[] json, String contentDisposition) {
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<ProfileResponse> profile(SignedInUser user) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.profile(bearer(user)))) {
            return responses.read(response, ProfileResponse.class, "the profile");
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<ProfileResponse> updateProfile(SignedInUser user, ProfileRequest profile) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.updateProfile(bearer(user), profile))) {
            return responses.read(response, ProfileResponse.class, "a profile change");
        }
    }

    /** The citizen's comments and recommendations, newest first, from {@code after} on. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<CursorPage<MyItem>> items(SignedInUser user, int size, String after) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.items(bearer(user), size, after))) {
            return responses.read(response, ITEMS, "my items");
        }
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<CursorPage<NotificationResponse>> notifications(SignedInUser user, int size) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.notifications(bearer(user), size, null))) {
            return responses.read(response, NOTIFICATIONS, "my notifications");
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> markNotificationsRead(SignedInUser user) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.markNotificationsRead(bearer(user)))) {
            return responses.done(response, "marking notifications read");
        }
    }

    /** The whole export, read into memory: one person's feedback is small, and a half-sent download helps nobody. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Export> export(SignedInUser user) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.export(bearer(user)))) {
            if (response.getStatus() == 200) {
                return new ServiceAnswer.Done<>(new Export(response.readEntity(byte[].class),
                        response.getHeaderString(HttpHeaders.CONTENT_DISPOSITION)));
            }
            ServiceAnswer<Void> refused = responses.done(response, "a data export");
            if (refused instanceof ServiceAnswer.Refused<Void> r) {
                return r.as();
            }
            throw new BackendUnavailableException("feedback-service answered " + response.getStatus() + " to an export");
        }
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> erase(SignedInUser user) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.erase(bearer(user), new AccountApi.ErasureConfirmation("DELETE")))) {
            return responses.done(response, "erasing my data");
        }
    }

    /** A new text for the citizen's comment, if it is still at {@code version}. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> editComment(SignedInUser user, long id, int version, String body) {
        try (Response response = onAnotherReplicaIfUnreachable(
                () -> api.editComment(bearer(user), "\"" + version + "\"", id, new AccountApi.CommentEdit(body)))) {
            return responses.done(response, "editing comment " + id);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ServiceAnswer<Void> deleteComment(SignedInUser user, long id) {
        try (Response response = onAnotherReplicaIfUnreachable(() -> api.deleteComment(bearer(user), id))) {
            return responses.done(response, "deleting comment " + id);
        }
    }

    private static String bearer(SignedInUser user) {
        return "Bearer " + user.accessToken();
    }
}
