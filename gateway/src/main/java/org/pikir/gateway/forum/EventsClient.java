package org.pikir.gateway.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.platform.web.PageResponse;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Reads forums from events-service for the pages, failing fast when the service is down or slow. */
@ApplicationScoped
public class EventsClient {

    private static final GenericType<PageResponse<EventSummaryResponse>> PAGE_OF_EVENTS = new GenericType<>() {
    };

    private final EventsApi api;

    public EventsClient(@RestClient EventsApi api) {
        this.api = api;
    }

    /** The newest published forums (one page of the service's maximum size). */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public List<EventSummaryResponse> published() {
        try (Response response = api.list(0, PageResponse.MAX_SIZE)) {
            if (response.getStatus() == 200) {
                return response.readEntity(PAGE_OF_EVENTS).items();
            }
            throw new BackendUnavailableException("events-service answered " + response.getStatus() + " to the list");
        }
    }

    /** The forum with this slug, empty when events-service does not know it (or it is a draft). */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public Optional<EventResponse> forum(String slug) {
        try (Response response = api.get(slug)) {
            return switch (response.getStatus()) {
                case 200 -> Optional.of(response.readEntity(EventResponse.class));
                case 404 -> Optional.empty();
                default -> throw new BackendUnavailableException(
                        "events-service answered " + response.getStatus() + " for " + slug);
            };
        }
    }
}
