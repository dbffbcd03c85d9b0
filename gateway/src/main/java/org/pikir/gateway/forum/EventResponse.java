package org.pikir.gateway.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One event as events-service publishes it: what, when, where, who, what was said, the materials and the outcome. */
public record EventResponse(
        String slug,
        Map<String, String> title,
        Map<String, String> summary,
        Map<String, String> description,
        String kind,
        String format,
        List<String> topics,
        String city,
        String venue,
        String organiser,
        String source,
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
        Instant archivedAt) {

    public EventResponse {
        topics = topics == null ? List.of() : topics;
        agenda = agenda == null ? List.of() : agenda;
        participants = participants == null ? List.of() : participants;
        statements = statements == null ? List.of() : statements;
        materials = materials == null ? List.of() : materials;
    }
}
