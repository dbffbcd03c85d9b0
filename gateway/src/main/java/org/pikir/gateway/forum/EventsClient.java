package org.pikir.gateway.forum;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.ServiceRefused;
import org.pikir.platform.web.PageResponse;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Reads forums from events-service for the pages, failing fast when the service is down or slow.
 * A slug that no forum can have is answered as unknown without asking the service. A forum read once is asked for
 * again with its ETag, so while it has not changed events-service answers 304 and nothing is sent or parsed twice.
 */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
public class EventsClient {

    private static final GenericType<PageResponse<EventSummaryResponse>> PAGE_OF_EVENTS = new GenericType<>() {
    };
    private static final GenericType<List<EventChangeResponse>> HISTORY = new GenericType<>() {
    };
    private static final GenericType<List<TopicResponse>> TOPICS = new GenericType<>() {
    };
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+){0,30}");
    private static final int MAX_SLUG_LENGTH = 100;

    private final EventsApi api;
    private final CaffeineCache readForums;

    public EventsClient(@RestClient EventsApi api, @CacheName("read-forums") Cache readForums) {
        this.api = api;
        this.readForums = readForums.as(CaffeineCache.class);
    }

    /** The newest published forums (one page of the service's maximum size). */
    public List<EventSummaryResponse> published() {
        return list(ForumSearch.NONE);
    }

    /** The published forums that match a search from the home page, best match first when there are words. */
    public List<EventSummaryResponse> published(ForumSearch search) {
        return list(search);
    }

    /** The forum with this slug, empty when events-service does not know it (or it is a draft). */
    public Optional<EventResponse> forum(String slug) {
        if (!possibleSlug(slug)) {
            return Optional.empty();
        }
        CompletableFuture<Object> kept = readForums.getIfPresent(slug);
        ReadForum known = kept != null && kept.isDone() && !kept.isCompletedExceptionally()
                ? (ReadForum) kept.join() : null;
        try (Response response = api.get(slug, known == null ? null : known.etag())) {
            if (response.getStatus() == 304 && known != null) {
                return Optional.of(known.forum());
            }
            Optional<EventResponse> forum = found(response, EventResponse.class, "forum " + slug);
            String etag = response.getHeaderString(HttpHeaders.ETAG);
            if (forum.isPresent() && etag != null) {
                readForums.put(slug, CompletableFuture.completedFuture(new ReadForum(etag, forum.get())));
            } else if (known != null) {
                readForums.invalidate(slug).await().indefinitely();
            }
            return forum;
        }
    }

    /** A forum as last read, with the version events-service gave it: asked again, it only confirms the version. */
    private record ReadForum(String etag, EventResponse forum) {
    }

    /** One material of a forum with all its versions, empty when the forum or the material is unknown. */
    public Optional<MaterialResponse> material(String slug, long id) {
        if (!possibleSlug(slug) || id <= 0) {
            return Optional.empty();
        }
        try (Response response = api.material(slug, id)) {
            return found(response, MaterialResponse.class, "material " + id + " of " + slug);
        }
    }

    /** What staff changed on a published forum, newest first; empty when the forum is unknown. */
    public Optional<List<EventChangeResponse>> history(String slug) {
        if (!possibleSlug(slug)) {
            return Optional.empty();
        }
        try (Response response = api.history(slug)) {
            return switch (response.getStatus()) {
                case 200 -> Optional.of(response.readEntity(HISTORY));
                case 404 -> Optional.empty();
                default -> throw unavailable(response, "history of " + slug);
            };
        }
    }

    /** The topic catalogue: every topic's slug and its names. */
    public List<TopicResponse> topics() {
        try (Response response = api.topics()) {
            if (response.getStatus() == 200) {
                return response.readEntity(TOPICS);
            }
            throw unavailable(response, "the topic catalogue");
        }
    }

    public static boolean possibleSlug(String slug) {
        return slug != null && slug.length() <= MAX_SLUG_LENGTH && SLUG.matcher(slug).matches();
    }

    private List<EventSummaryResponse> list(ForumSearch search) {
        try (Response response = api.list(search.query(), search.status(),
                search.city(), search.topic(), 0, PageResponse.MAX_SIZE)) {
            if (response.getStatus() == 200) {
                return response.readEntity(PAGE_OF_EVENTS).items();
            }
            throw unavailable(response, "the list");
        }
    }

    private static <T> Optional<T> found(Response response, Class<T> type, String what) {
        return switch (response.getStatus()) {
            case 200 -> Optional.of(response.readEntity(type));
            case 404 -> Optional.empty();
            default -> throw unavailable(response, what);
        };
    }

    private static BackendUnavailableException unavailable(Response response, String what) {
        return new BackendUnavailableException("events-service answered " + response.getStatus() + " for " + what);
    }
}
