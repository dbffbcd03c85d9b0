package org.pikir.feedback.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Consultation windows as events-service last reported them, kept for a few seconds so that a burst
 * of submissions does not ask events-service once per comment. An entry never outlives the next
 * opening or closing time it names, so a window that ends is seen closed at once; a window an editor
 * changes by hand shows within the keeping time. Only found events are kept (their number is small).
 */
final class ConsultationWindows {

    private record Kept(ConsultationWindow window, Instant until) {
    }

    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();
    private final Duration keepFor;
    private final Clock clock;

    ConsultationWindows(Duration keepFor, Clock clock) {
        this.keepFor = keepFor;
        this.clock = clock;
    }

    /** The kept window of {@code slug} while it is current, else what {@code fetch} says now. */
    Optional<ConsultationWindow> get(String slug, Supplier<Optional<ConsultationWindow>> fetch) {
        if (keepFor.isZero() || keepFor.isNegative()) {
            return fetch.get();
        }
        Instant now = clock.instant();
        Kept entry = kept.get(slug);
        if (entry != null && now.isBefore(entry.until())) {
            return Optional.of(entry.window());
        }
        Optional<ConsultationWindow> fetched = fetch.get();
        fetched.ifPresentOrElse(window -> kept.put(slug, new Kept(window, until(window, now))), () -> kept.remove(slug));
        return fetched;
    }

    private Instant until(ConsultationWindow window, Instant now) {
        Instant until = now.plus(keepFor);
        for (Instant boundary : new Instant[] {window.opensAt(), window.closesAt()}) {
            if (boundary != null && boundary.isAfter(now) && boundary.isBefore(until)) {
                until = boundary;
            }
        }
        return until;
    }
}
