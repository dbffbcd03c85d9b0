package org.pikir.gateway.draft;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceRefused;
import org.pikir.gateway.web.ServiceResponses;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Reads draft texts, diffs and comparative tables from events-service for the public pages, failing fast. A
 * published version never changes, so its text is kept ({@code draft-texts} cache): a draft of any size costs one
 * call to events-service per version and language, not one per page view.
 */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
public class DraftTexts {

    private final DraftEventsApi api;
    private final ServiceResponses responses;
    private final CaffeineCache texts;

    public DraftTexts(@RestClient DraftEventsApi api, ServiceResponses responses,
                      @CacheName("draft-texts") Cache texts) {
        this.api = api;
        this.responses = responses;
        this.texts = texts.as(CaffeineCache.class);
    }

    /** Version {@code version} of draft {@code id} in {@code language}; empty when there is no such text (404). */
    public Optional<DraftTextResponse> text(String slug, long id, int version, String language) {
        String key = slug + "|" + id + "|" + version + "|" + language;
        CompletableFuture<Object> kept = texts.getIfPresent(key);
        if (kept != null && kept.isDone() && !kept.isCompletedExceptionally()) {
            return Optional.of((DraftTextResponse) kept.join());
        }
        try (Response response = api.text(slug, id, version, language)) {
            return switch (response.getStatus()) {
                case 200 -> {
                    DraftTextResponse text = response.readEntity(DraftTextResponse.class);
                    if (text.published()) {
                        texts.put(key, CompletableFuture.completedFuture(text));
                    }
                    yield Optional.of(text);
                }
                case 400, 404, 422 -> Optional.empty();
                default -> throw unavailable(response, "the text of draft " + id + " v" + version);
            };
        }
    }

    /** The word diff between two versions; refused (422 naming {@code from} or {@code to}) for versions it has not. */
    public ServiceAnswer<DraftDiffResponse> diff(String slug, long id, int from, int to, String language) {
        try (Response response = api.diff(slug, id, from, to, language)) {
            return responses.read(response, DraftDiffResponse.class, "the diff of draft " + id);
        }
    }

    /** The comparative table of version {@code version}; empty when it has none (version 1, or unknown). */
    public Optional<ComparativeTableResponse> table(String slug, long id, int version, String language) {
        try (Response response = api.table(slug, id, version, language)) {
            return switch (response.getStatus()) {
                case 200 -> Optional.of(response.readEntity(ComparativeTableResponse.class));
                case 400, 404, 422 -> Optional.empty();
                default -> throw unavailable(response, "the table of draft " + id + " v" + version);
            };
        }
    }

    /** The comparative table as events-service writes it in Word format, with its file name; empty when it has none. */
    public Optional<Download> tableDocx(String slug, long id, int version, String language) {
        try (Response response = api.tableDocx(slug, id, version, language)) {
            return switch (response.getStatus()) {
                case 200 -> Optional.of(new Download(response.readEntity(byte[].class),
                        response.getHeaderString(HttpHeaders.CONTENT_DISPOSITION)));
                case 400, 404, 422 -> Optional.empty();
                default -> throw unavailable(response, "the .docx table of draft " + id + " v" + version);
            };
        }
    }

    /** A file relayed as it came: its bytes and events-service's {@code Content-Disposition} (may be null). */
    public record Download(byte[] body, String disposition) {
    }

    private static BackendUnavailableException unavailable(Response response, String what) {
        return new BackendUnavailableException("events-service answered " + response.getStatus() + " for " + what);
    }
}
