package org.pikir.gateway.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One event as events-service publishes it (the fields the pages use). */
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
        String status,
        ConsultationResponse consultation) {
}
