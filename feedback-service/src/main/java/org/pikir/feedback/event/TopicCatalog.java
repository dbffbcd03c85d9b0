package org.pikir.feedback.event;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;

/** events-service's topic catalogue, so exports name a recommendation's topic; kept a minute per replica. */
@ApplicationScoped
public class TopicCatalog {

    private final EventsApi api;

    public TopicCatalog(@RestClient EventsApi api) {
        this.api = api;
    }

    @CacheResult(cacheName = "topic-names")
    @Timeout(2000)
    public List<TopicName> topics() {
        return api.topics();
    }
}
