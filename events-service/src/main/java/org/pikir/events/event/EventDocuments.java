package org.pikir.events.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.pikir.events.history.EventChanged;
import org.pikir.platform.web.ConditionalGet;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Each event's served JSON, kept until the event changes. An entry is found only under the version the
 * database holds now, so a replica never serves what another replica has since changed; a change made
 * here also drops the event's entries once its transaction ends.
 */
@ApplicationScoped
public class EventDocuments {

    static final String CACHE = "event-documents";

    /** What the JSON depends on: the event, its version, and whether its consultation is open at this moment. */
    record Key(long eventId, int version, boolean open) {
    }

    private final Cache cache;
    private final ObjectMapper json;

    public EventDocuments(@CacheName(CACHE) Cache cache, ObjectMapper json) {
        this.cache = cache;
        this.json = json;
    }

    /** The document for {@code revision} at {@code now}; {@code assemble} runs only when no replica-local copy is current. */
    EventDocument current(EventRevision revision, Instant now, Supplier<EventAssembly.Snapshot> assemble) {
        Key key = new Key(revision.id(), revision.version(), revision.acceptsFeedbackAt(now));
        EventDocument document = cache.<Key, EventDocument>get(key, k -> write(assemble.get())).await().indefinitely();
        if (document.version() != key.version()) {
            // a change committed between the version check and the read: right for this caller, wrong for the key
            cache.invalidate(key).await().indefinitely();
        }
        return document;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) EventChanged change) {
        cache.invalidateIf(key -> key instanceof Key k && k.eventId() == change.eventId()).await().indefinitely();
    }

    private EventDocument write(EventAssembly.Snapshot snapshot) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(snapshot.event());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + snapshot.event().slug() + " could not be written", e);
        }
        boolean isPublic = Event.isPublic(snapshot.event().status());
        return new EventDocument(snapshot.version(), isPublic, bytes, ConditionalGet.sha256(bytes));
    }
}
