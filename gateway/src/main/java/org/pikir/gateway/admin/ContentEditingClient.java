package org.pikir.gateway.admin;

import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceRefused;
import org.pikir.gateway.web.ServiceResponses;
import org.pikir.gateway.web.SignedInUser;

import java.util.Map;

/** The topic catalogue and statement translations edited through events-service with the editor's own token. */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
public class ContentEditingClient {

    private final ContentEditingApi api;
    private final ServiceResponses responses;

    public ContentEditingClient(@RestClient ContentEditingApi api, ServiceResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    public ServiceAnswer<Void> addTopic(SignedInUser editor, TopicDraft topic) {
        try (Response response = api.addTopic(topic)) {
            return responses.done(response, "a new topic");
        }
    }

    public ServiceAnswer<Void> renameTopic(SignedInUser editor, String slug, TopicDraft topic) {
        try (Response response = api.renameTopic(slug, topic)) {
            return responses.done(response, "renaming topic " + slug);
        }
    }

    public ServiceAnswer<Void> translate(SignedInUser editor, String slug, long statement, String language, String text) {
        try (Response response = api.translate(slug, statement, language, Map.of("text", text))) {
            return responses.done(response, "a translation of statement " + statement);
        }
    }

    public ServiceAnswer<Void> removeTranslation(SignedInUser editor, String slug, long statement, String language) {
        try (Response response = api.removeTranslation(slug, statement, language)) {
            return responses.done(response, "removing a translation of statement " + statement);
        }
    }
}
