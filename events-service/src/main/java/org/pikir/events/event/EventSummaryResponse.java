package org.pikir.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An event as it appears in a list. */
public record EventSummaryResponse(
        String slug,
        Map<String, String> title,
        Map<String, String> summary,
        EventKind kind,
        EventFormat format,
        List<String> topics,
        Map<String, String> city,
        LocalDate date,
        EventStatus status,
        ConsultationResponse consultation) {

    static EventSummaryResponse from(Event event, Instant now) {
        return new EventSummaryResponse(event.slug, event.title, event.summary, event.kind, event.format,
                List.copyOf(event.topics), event.city, event.date, event.status, ConsultationResponse.from(event, now));
    }
}
