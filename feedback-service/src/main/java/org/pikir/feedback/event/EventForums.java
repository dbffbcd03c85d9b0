package org.pikir.feedback.event;

import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Clock;

/**
 * Forums as events-service last described them. One answer covers everything a submission checks (the window and
 * what it may cite), and it is kept for pikir.feedback.events.window-cache, so a burst of comments on one forum asks
 * events-service once. An unknown event is not kept (it may be published a moment later), nor is a failure.
 */
@ApplicationScoped
public class EventForums {

    static final String CACHE = "event-forums";

    private final EventsApi api;
    private final Clock clock;

    public EventForums(@RestClient EventsApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    /** The published forum {@code slug}; {@link UnknownEvent} when events-service has none (a draft included). */
    @CacheResult(cacheName = CACHE)
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2,
            skipOn = UnknownEvent.class)
    public KnownForum fetch(String slug) {
        try {
            return KnownForum.of(api.forum(slug), clock.instant());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new UnknownEvent(slug);
            }
            throw e;
        }
    }

    /** Drops what is kept of {@code slug}, so the next {@link #fetch} asks events-service. */
    @CacheInvalidate(cacheName = CACHE)
    public void forget(String slug) {
        // the interceptor does the work
    }

    /** events-service has no published event with this slug. */
    public static class UnknownEvent extends RuntimeException {
        UnknownEvent(String slug) {
            super(slug, null, false, false);
        }
    }
}
