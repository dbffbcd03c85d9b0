package org.pikir.events.event;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.events.history.EventChanges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestTransaction
class EventRepositoryTest {

    @Inject
    EventRepository events;

    @Inject
    EventChanges changes;

    private Event draft(Instant opensAt, Instant closesAt) {
        Event event = new Event();
        event.slug = "revision-" + UUID.randomUUID().toString().substring(0, 8);
        event.title = Map.of("ru", "Слушания");
        event.city = Map.of("ru", "Астана");
        event.date = LocalDate.parse("2027-06-01");
        event.timeZone = "Asia/Almaty";
        event.status = EventStatus.DRAFT;
        event.consultationOpensAt = opensAt;
        event.consultationClosesAt = closesAt;
        event.createdAt = Instant.parse("2026-12-01T09:00:00Z");
        event.updatedAt = event.createdAt;
        events.persist(event);
        return event;
    }

    @Test
    void theRevisionIsTheEventsIdVersionStatusAndWindow() {
        Instant opens = Instant.parse("2027-06-01T04:00:00Z");
        Instant closes = Instant.parse("2027-07-01T04:00:00Z");
        Event event = draft(opens, closes);

        EventRevision revision = events.revisionOf(event.slug).orElseThrow();

        assertEquals(new EventRevision(event.id, event.version, EventStatus.DRAFT, opens, closes), revision);
        assertFalse(revision.isPublic());
        assertTrue(events.revisionOf("no-such-event").isEmpty());
    }

    @Test
    void everyRecordedChangeMovesTheVersionOn() {
        Event event = draft(null, null);
        int before = events.revisionOf(event.slug).orElseThrow().version();

        changes.record(event, "editor", "participant.added", Map.of());

        assertTrue(events.revisionOf(event.slug).orElseThrow().version() > before);
    }
}
