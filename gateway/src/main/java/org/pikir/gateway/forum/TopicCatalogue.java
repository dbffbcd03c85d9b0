package org.pikir.gateway.forum;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** events-service's topic catalogue, kept per replica for {@code pikir.gateway.topic-cache} (30 s by default). */
@ApplicationScoped
public class TopicCatalogue {

    private final EventsClient events;

    public TopicCatalogue(EventsClient events) {
        this.events = events;
    }

    @CacheResult(cacheName = "topic-catalogue")
    public List<TopicResponse> read() {
        return events.topics();
    }

    /** Forgets the kept catalogue, so a change made here shows at once. */
    @io.quarkus.cache.CacheInvalidateAll(cacheName = "topic-catalogue")
    public void forget() {
    }
}
