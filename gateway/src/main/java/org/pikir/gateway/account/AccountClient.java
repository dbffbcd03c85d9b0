package org.pikir.gateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
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



/** The citizen's own account in feedback-service, always with their own token, failing fast when the service is down. */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
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

    public ServiceAnswer<ProfileResponse> profile(SignedInUser user) {
        try (Response response = api.profile()) {
            return responses.read(response, ProfileResponse.class, "the profile");
        }
    }

    public ServiceAnswer<ProfileResponse> updateProfile(SignedInUser user, ProfileRequest profile) {
        try (Response response = api.updateProfile(profile)) {
            return responses.read(response, ProfileResponse.class, "a profile change");
        }
    }

    /** The citizen's comments and recommendations, newest first, from {@code after} on. */
    public ServiceAnswer<CursorPage<MyItem>> items(SignedInUser user, int size, String after) {
        try (Response response = api.items(size, after)) {
            return responses.read(response, ITEMS, "my items");
        }
    }

    public ServiceAnswer<CursorPage<NotificationResponse>> notifications(SignedInUser user, int size) {
        try (Response response = api.notifications(size, null)) {
            return responses.read(response, NOTIFICATIONS, "my notifications");
        }
    }

    public ServiceAnswer<Void> markNotificationsRead(SignedInUser user) {
        try (Response response = api.markNotificationsRead()) {
            return responses.done(response, "marking notifications read");
        }
    }

    /** The whole export, read into memory: one person's feedback is small, and a half-sent download helps nobody. */
    public ServiceAnswer<Export> export(SignedInUser user) {
        try (Response response = api.export()) {
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

    public ServiceAnswer<Void> erase(SignedInUser user) {
        try (Response response = api.erase(new AccountApi.ErasureConfirmation("DELETE"))) {
            return responses.done(response, "erasing my data");
        }
    }

    /** A new text for the citizen's comment, if it is still at {@code version}. */
    public ServiceAnswer<Void> editComment(SignedInUser user, long id, int version, String body) {
        try (Response response = api.editComment("\"" + version + "\"", id, new AccountApi.CommentEdit(body))) {
            return responses.done(response, "editing comment " + id);
        }
    }

    public ServiceAnswer<Void> deleteComment(SignedInUser user, long id) {
        try (Response response = api.deleteComment(id)) {
            return responses.done(response, "deleting comment " + id);
        }
    }

}
