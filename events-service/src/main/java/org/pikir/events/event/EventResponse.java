package org.pikir.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** The whole public record of one event. */
public record EventResponse(
        String slug,
        Map<String, String> title,
        Map<String, String> summary,
        String city,
        String venue,
        String organiser,
        String source,
        LocalDate date,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        EventStatus status,
        ConsultationResponse consultation,
        Instant createdAt,
        Instant updatedAt) {

    static EventResponse from(Event event, Instant now) {
        return new EventResponse(event.slug, event.title, event.summary, event.city, event.venue, event.organiser,
                event.source, event.date, event.startsAt, event.endsAt, event.timeZone, event.status,
                ConsultationResponse.from(event, now), event.createdAt, event.updatedAt);
    }
}
