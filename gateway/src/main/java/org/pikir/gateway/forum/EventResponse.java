package org.pikir.gateway.forum;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.pikir.gateway.draft.DraftSummaryResponse;
import org.pikir.platform.text.SameInEveryLanguage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One event as events-service publishes it: what, when, where, who, what was said, the materials and the outcome.
 * Its published draft texts ({@code drafts}) are listed, not included. Places, organiser and source are per language (a plain string from an older events-service: the same in each).
 */
public record EventResponse(
        String slug,
        Map<String, String> title,
        Map<String, String> summary,
        Map<String, String> description,
        String kind,
        String format,
        List<String> topics,
        @JsonDeserialize(using = SameInEveryLanguage.class) Map<String, String> city,
        @JsonDeserialize(using = SameInEveryLanguage.class) Map<String, String> venue,
        @JsonDeserialize(using = SameInEveryLanguage.class) Map<String, String> organiser,
        @JsonDeserialize(using = SameInEveryLanguage.class) Map<String, String> source,
        String coverUrl,
        LocalDate date,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String status,
        ConsultationResponse consultation,
        List<AgendaItemResponse> agenda,
        List<ParticipantResponse> participants,
        List<StatementResponse> statements,
        List<MaterialResponse> materials,
        Map<String, String> outcome,
        Instant publishedAt,
        Instant archivedAt,
        List<DraftSummaryResponse> drafts) {

    public EventResponse {
        topics = topics == null ? List.of() : topics;
        city = city == null ? Map.of() : city;
        venue = venue == null ? Map.of() : venue;
        organiser = organiser == null ? Map.of() : organiser;
        source = source == null ? Map.of() : source;
        agenda = agenda == null ? List.of() : agenda;
        participants = participants == null ? List.of() : participants;
        statements = statements == null ? List.of() : statements;
        materials = materials == null ? List.of() : materials;
        drafts = drafts == null ? List.of() : drafts;
    }
}
