package org.pikir.gateway.forum;

import java.time.LocalDate;
import java.util.Map;

/** One event in events-service's list. */
public record EventSummaryResponse(
        String slug,
        Map<String, String> title,
        Map<String, String> summary,
        String city,
        LocalDate date,
        String status,
        ConsultationResponse consultation) {
}
