package org.pikir.gateway.forum;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.pikir.platform.text.SameInEveryLanguage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One event in events-service's list. */
public record EventSummaryResponse(
        String slug,
        Map<String, String> title,
        Map<String, String> summary,
        String kind,
        String format,
        List<String> topics,
        @JsonDeserialize(using = SameInEveryLanguage.class) Map<String, String> city,
        LocalDate date,
        String status,
        ConsultationResponse consultation) {

    public EventSummaryResponse {
        topics = topics == null ? List.of() : topics;
        city = city == null ? Map.of() : city;
    }
}
