package org.pikir.feedback.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.pikir.feedback.common.Unprocessable;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * What feedback-service knows about events, from events-service's forum answers ({@link EventForums}): reused for a
 * few seconds, never past an opening or closing time they name, asked with a timeout and a circuit breaker so that a
 * slow or absent events-service costs a citizen at most two seconds.
 */
@ApplicationScoped
public class EventCatalog {

    private static final Logger LOG = Logger.getLogger(EventCatalog.class);
    /** The circuit breaker's delay: after it, events-service is asked again. */
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Almaty"));

    private final EventForums forums;
    private final EventDrafts drafts;
    private final Clock clock;

    public EventCatalog(EventForums forums, EventDrafts drafts, Clock clock) {
        this.forums = forums;
        this.drafts = drafts;
        this.clock = clock;
    }

    /**
     * The consultation state of a published event; 404 when there is no such event, 503 when events-service cannot say.
     * A window events-service gave in the last seconds is reused (pikir.feedback.events.window-cache).
     */
    public ConsultationWindow requireExists(String slug) {
        return forum(slug).window();
    }

    /** Passes when {@code slug} is a published event whose consultation is open now; answers a problem otherwise. */
    public ConsultationWindow requireOpen(String slug) {
        return requireOpen(forum(slug));
    }

    /**
     * Passes when the event is open and the statement and material cited (either may be null) are its own; answers
     * 404, 409, or 400 naming the field otherwise. One forum answer serves all three checks.
     */
    public void requireOpen(String slug, Long statementId, Long materialId) {
        KnownForum forum = forum(slug);
        requireOpen(forum);
        requireCited(forum, CitedPart.Kind.STATEMENT, statementId);
        requireCited(forum, CitedPart.Kind.MATERIAL, materialId);
    }

    private KnownForum forum(String slug) {
        try {
            KnownForum known = forums.fetch(slug);
            if (known.currentAt(clock.instant())) {
                return known;
            }
            // an opening or closing time passed since events-service answered: what it said may have changed
            forums.forget(slug);
            return forums.fetch(slug);
        } catch (EventForums.UnknownEvent e) {
            throw ProblemException.notFound("Event", slug);
        } catch (RuntimeException e) {
            throw unavailable(slug, e);
        }
    }

    /**
     * The version a comment or recommendation on draft {@code draftId} of the event is about ({@code version}, or the
     * newest published one when null) and its unit {@code key} (null for the whole draft). 422 naming draftId,
     * draftVersion or passage when the public cannot read what they name; 503 when events-service cannot say.
     */
    public DraftPassage requirePassage(String slug, long draftId, Integer version, String key) {
        try {
            DraftDescription draft = drafts.draft(slug, draftId);
            int read = version == null ? draft.currentVersion() : version;
            if (!draft.published(read)) {
                throw Unprocessable.field("draftVersion", "is not a published version of draft " + draftId);
            }
            return new DraftPassage(read, key == null ? null : unit(slug, draftId, read, key));
        } catch (EventDrafts.Unknown e) {
            throw Unprocessable.field("draftId", "is not a published draft of this event");
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable(slug, e);
        }
    }

    private DraftUnit unit(String slug, long draftId, int version, String key) {
        try {
            return drafts.unit(slug, draftId, version, key);
        } catch (EventDrafts.Unknown e) {
            throw Unprocessable.field("passage", "is not a unit of version " + version + " of draft " + draftId);
        }
    }

    /** A draft's version and one of its units (null for the whole draft), as events-service gave them. */
    public record DraftPassage(int version, DraftUnit unit) {
    }

    private static ProblemException unavailable(String slug, RuntimeException e) {
        LOG.warnf("events-service could not answer for %s: %s", slug, e.toString());
        return new ProblemException(Problem.of("dependency-unavailable", "Service unavailable", 503,
                "Event information is unavailable right now; nothing was saved. Please try again shortly."),
                Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }

    private ConsultationWindow requireOpen(KnownForum forum) {
        ConsultationWindow window = forum.window();
        if (!window.open()) {
            throw ProblemException.conflict("consultation-closed", closedDetail(window));
        }
        return window;
    }

    private static void requireCited(KnownForum forum, CitedPart.Kind kind, Long id) {
        if (id != null && !forum.cites(kind, id)) {
            String field = kind == CitedPart.Kind.STATEMENT ? "statementId" : "materialId";
            throw ProblemException.invalidField(field, "is not a " + kind.name().toLowerCase() + " of this event");
        }
    }

    private String closedDetail(ConsultationWindow window) {
        Instant now = clock.instant();
        if (window.closesAt() != null && window.opensAt() != null && window.opensAt().isBefore(window.closesAt())
                && !window.closesAt().isAfter(now)) {
            return "The consultation closed on " + DATE.format(window.closesAt().truncatedTo(ChronoUnit.MINUTES))
                    + " Asia/Almaty time; feedback is no longer accepted.";
        }
        if (window.opensAt() != null && window.opensAt().isAfter(now)) {
            return "The consultation opens on " + DATE.format(window.opensAt()) + " Asia/Almaty time.";
        }
        return "This event is not taking feedback.";
    }
}
