package org.pikir.feedback.event;

import org.junit.jupiter.api.Test;
import org.pikir.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A kept forum answer is never used past an opening or closing time it names, however long the cache would keep it:
 * the clock is moved past the boundary and the next submission asks events-service again. (How long answers are
 * kept otherwise is the cache's setting; EventsServiceCallsTest shows a burst asking once.)
 */
class EventCatalogTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    /** A stand-in for events-service behind a cache that keeps every answer until told to forget it. */
    private final class KeptForums extends EventForums {
        final AtomicInteger asked = new AtomicInteger();
        final Map<String, KnownForum> kept = new HashMap<>();
        Forum answer;

        KeptForums() {
            super(null, clock);
        }

        @Override
        public KnownForum fetch(String slug) {
            return kept.computeIfAbsent(slug, s -> {
                asked.incrementAndGet();
                return KnownForum.of(answer, now.get());
            });
        }

        @Override
        public void forget(String slug) {
            kept.remove(slug);
        }
    }

    private static Forum forum(boolean open, Instant opensAt, Instant closesAt, long... statements) {
        return new Forum(new ConsultationWindow("almaty", "PUBLISHED", open, opensAt, closesAt),
                java.util.Arrays.stream(statements).mapToObj(CitedPart::new).toList(), List.of());
    }

    @Test
    void aWindowIsAskedAgainTheMomentItCloses() {
        KeptForums forums = new KeptForums();
        EventCatalog catalog = new EventCatalog(forums, null, clock);
        forums.answer = forum(true, T0.minusSeconds(86_400), T0.plusSeconds(2));
        catalog.requireOpen("almaty");
        now.set(T0.plusSeconds(1));
        catalog.requireOpen("almaty");
        assertEquals(1, forums.asked.get(), "before it closes the kept answer serves");

        now.set(T0.plusSeconds(2));
        forums.answer = forum(false, T0.minusSeconds(86_400), T0.plusSeconds(2));
        ProblemException closed = assertThrows(ProblemException.class, () -> catalog.requireOpen("almaty"));
        assertEquals(409, closed.problem().status());
        assertEquals(2, forums.asked.get());
    }

    @Test
    void aWindowIsAskedAgainTheMomentItOpens() {
        KeptForums forums = new KeptForums();
        EventCatalog catalog = new EventCatalog(forums, null, clock);
        forums.answer = forum(false, T0.plusSeconds(3), T0.plusSeconds(86_400));
        assertEquals(409, assertThrows(ProblemException.class, () -> catalog.requireOpen("almaty")).problem().status());

        now.set(T0.plusSeconds(3));
        forums.answer = forum(true, T0.plusSeconds(3), T0.plusSeconds(86_400));
        catalog.requireOpen("almaty");
        assertEquals(2, forums.asked.get());
    }

    @Test
    void oneAnswerServesTheWindowAndTheCitations() {
        KeptForums forums = new KeptForums();
        EventCatalog catalog = new EventCatalog(forums, null, clock);
        forums.answer = forum(true, T0.minusSeconds(60), T0.plusSeconds(86_400), 7, 8);
        catalog.requireOpen("almaty", 7L, null);
        catalog.requireOpen("almaty", 8L, null);
        ProblemException unknown = assertThrows(ProblemException.class, () -> catalog.requireOpen("almaty", 9L, null));
        assertEquals(400, unknown.problem().status());
        assertEquals("statementId", unknown.problem().errors().get(0).field());
        assertEquals("materialId", assertThrows(ProblemException.class,
                () -> catalog.requireOpen("almaty", null, 7L)).problem().errors().get(0).field());
        assertEquals(1, forums.asked.get());
    }
}
