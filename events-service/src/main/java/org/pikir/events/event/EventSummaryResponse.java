package org.pikir.events.event;

import java.time.LocalDate;
import java.util.Map;

/** An event as it appears in a list. */
public record EventSummaryResponse(
        String slug,
        Map<String, String> title,
        Map<String, String> summary,
        String city,
        LocalDate date,
        EventStatus status,
        ConsultationResponse consultation) {

    static EventSummaryResponse from(Event event, java.time.Instant now) {
        return new EventSummaryResponse(event.slug, event.title, event.summary, event.city, event.date,
                event.status, ConsultationResponse.from(event, now));
    }
}
