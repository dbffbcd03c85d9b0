package org.pikir.feedback.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What feedback-service knows about events: asks events-service, with a timeout and a circuit
 * breaker so that a slow or absent events-service costs a citizen at most two seconds.
 */
@ApplicationScoped
public class EventCatalog {

    private static final Logger LOG = Logger.getLogger(EventCatalog.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Almaty"));

    private final EventsApi api;
    private final ConsultationWindows windows;

    public EventCatalog(@RestClient EventsApi api, Clock clock,
                        @ConfigProperty(name = "pikir.feedback.events.window-cache", defaultValue = "5s") Duration keepWindows) {
        this.api = api;
        this.windows = new ConsultationWindows(keepWindows, clock);
    }

    /** The consultation state of a published event, empty when no such event is published. */
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    public Optional<ConsultationWindow> find(String slug) {
        try {
            return Optional.of(api.consultation(slug));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Whether the event has this statement or material; a citation must point at something real. */
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    public boolean has(String slug, CitedPart.Kind kind, long id) {
        try {
            CitedPart part = kind == CitedPart.Kind.STATEMENT ? api.statement(slug, id) : api.material(slug, id);
            return part != null && part.id() != null && part.id() == id;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** Passes when the cited statement or material belongs to the event; answers 400 naming the field otherwise. */
    public void requireCited(String slug, CitedPart.Kind kind, Long id) {
        if (id == null) {
            return;
        }
        boolean found;
        try {
            found = has(slug, kind, id);
        } catch (RuntimeException e) {
            LOG.warnf("events-service could not answer for %s %s/%d: %s", kind, slug, id, e.toString());
            throw unavailable();
        }
        if (!found) {
            String field = kind == CitedPart.Kind.STATEMENT ? "statementId" : "materialId";
            throw ProblemException.invalidField(field, "is not a " + kind.name().toLowerCase() + " of this event");
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(Problem.of("dependency-unavailable", "Service unavailable", 503,
                "Event information is unavailable right now; nothing was saved. Please try again shortly."));
    }

    /**
     * The consultation state of a published event; 404 when there is no such event, 503 when events-service cannot say.
     * A window events-service gave in the last seconds is reused (pikir.feedback.events.window-cache).
     */
    public ConsultationWindow requireExists(String slug) {
        try {
            return windows.get(slug, () -> find(slug)).orElseThrow(() -> ProblemException.notFound("Event", slug));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("events-service could not answer for %s: %s", slug, e.toString());
            throw unavailable();
        }
    }

    /** Passes when {@code slug} is a published event whose consultation is open now; answers a problem otherwise. */
    public ConsultationWindow requireOpen(String slug) {
        ConsultationWindow window = requireExists(slug);
        if (!window.open()) {
            throw ProblemException.conflict("consultation-closed", closedDetail(window));
        }
        return window;
    }

    private static String closedDetail(ConsultationWindow window) {
        if (window.closesAt() != null && window.opensAt() != null && window.opensAt().isBefore(window.closesAt())
                && !window.closesAt().isAfter(Instant.now())) {
            return "The consultation closed on " + DATE.format(window.closesAt().truncatedTo(ChronoUnit.MINUTES))
                    + " Asia/Almaty time; feedback is no longer accepted.";
        }
        if (window.opensAt() != null && window.opensAt().isAfter(Instant.now())) {
            return "The consultation opens on " + DATE.format(window.opensAt()) + " Asia/Almaty time.";
        }
        return "This event is not taking feedback.";
    }
}
