package org.pikir.events.event;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.web.PageResponse;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class EventService {

    private static final String DEFAULT_TIME_ZONE = "Asia/Almaty";

    private final EventRepository events;
    private final Clock clock;

    public EventService(EventRepository events) {
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public PageResponse<EventSummaryResponse> listPublic(int page, int size) {
        var query = events.publicEvents().page(Page.of(page, size));
        Instant now = clock.instant();
        List<EventSummaryResponse> items = query.list().stream().map(e -> EventSummaryResponse.from(e, now)).toList();
        return PageResponse.of(items, page, size, query.count());
    }

    /** An event the caller may see: public ones for everybody, drafts for staff who edit events. */
    @Transactional
    public EventResponse get(String slug, boolean callerEdits) {
        Event event = events.findBySlug(slug)
                .filter(e -> e.isPublic() || callerEdits)
                .orElseThrow(() -> ProblemException.notFound("Event", slug));
        return EventResponse.from(event, clock.instant());
    }

    @Transactional
    public ConsultationResponse consultation(String slug) {
        Event event = events.findBySlug(slug)
                .filter(Event::isPublic)
                .orElseThrow(() -> ProblemException.notFound("Event", slug));
        return ConsultationResponse.from(event, clock.instant());
    }

    @Transactional
    public EventResponse createDraft(EventRequest request, String editor) {
        checkTimes(request);
        if (events.slugTaken(request.slug())) {
            throw ProblemException.conflict("duplicate-slug", "An event with slug '" + request.slug() + "' already exists.");
        }
        Instant now = clock.instant();
        Event event = new Event();
        event.slug = request.slug();
        event.title = withoutBlanks(request.title());
        event.summary = withoutBlanks(request.summary());
        event.city = request.city().strip();
        event.venue = request.venue();
        event.organiser = request.organiser();
        event.date = request.date();
        event.startsAt = request.startsAt();
        event.endsAt = request.endsAt();
        event.timeZone = request.timeZone() == null ? DEFAULT_TIME_ZONE : request.timeZone();
        event.consultationOpensAt = request.consultationOpensAt();
        event.consultationClosesAt = request.consultationClosesAt();
        event.status = EventStatus.DRAFT;
        event.createdBy = editor;
        event.createdAt = now;
        event.updatedAt = now;
        events.persist(event);
        return EventResponse.from(event, now);
    }

    private static void checkTimes(EventRequest request) {
        if (request.timeZone() != null && !java.time.ZoneId.getAvailableZoneIds().contains(request.timeZone())) {
            throw ProblemException.invalidField("timeZone", "is not a known time zone, e.g. Asia/Almaty");
        }
        if (request.startsAt() != null && request.endsAt() != null && !request.endsAt().isAfter(request.startsAt())) {
            throw ProblemException.invalidField("endsAt", "must be after startsAt");
        }
        if (request.consultationOpensAt() != null && request.consultationClosesAt() != null
                && !request.consultationClosesAt().isAfter(request.consultationOpensAt())) {
            throw ProblemException.invalidField("consultationClosesAt", "must be after consultationOpensAt");
        }
    }

    private static Map<String, String> withoutBlanks(Map<String, String> texts) {
        Map<String, String> kept = new HashMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (text != null && !text.isBlank()) {
                    kept.put(language, text.strip());
                }
            });
        }
        return kept;
    }
}
