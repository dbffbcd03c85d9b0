package org.pikir.feedback.event;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Draft documents as events-service describes them, for checking what a comment or recommendation on a passage
 * names. A draft's description is kept as briefly as a forum's (a new version may be published any moment); a unit
 * of a published version never changes, so it is kept longer (pikir.feedback.events.unit-cache). What events-service
 * does not have is not kept, nor is a failure.
 */
@ApplicationScoped
public class EventDrafts {

    private final EventsApi api;

    public EventDrafts(@RestClient EventsApi api) {
        this.api = api;
    }

    /** The published draft {@code id} of forum {@code slug}; {@link Unknown} when the public cannot read it. */
    @CacheResult(cacheName = "event-drafts")
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2,
            skipOn = Unknown.class)
    public DraftDescription draft(String slug, long id) {
        try {
            DraftDescription draft = api.draft(slug, id);
            if (draft == null || draft.currentVersion() == null) {
                throw new Unknown();
            }
            return draft;
        } catch (WebApplicationException e) {
            throw notFoundAsUnknown(e);
        }
    }

    /** The unit {@code key} of the draft's version; {@link Unknown} when that version has no such unit. */
    @CacheResult(cacheName = "draft-units")
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2,
            skipOn = Unknown.class)
    public DraftUnit unit(String slug, long id, int version, String key) {
        try {
            DraftUnit unit = api.unit(slug, id, version, key);
            if (unit == null) {
                throw new Unknown();
            }
            return unit;
        } catch (WebApplicationException e) {
            throw notFoundAsUnknown(e);
        }
    }

    private static RuntimeException notFoundAsUnknown(WebApplicationException e) {
        return e.getResponse().getStatus() == 404 ? new Unknown() : e;
    }

    /** events-service has no such draft or unit that the public may read. */
    public static class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }
}
