package org.pikir.events.event;

import org.pikir.events.agenda.AgendaItemResponse;
import org.pikir.events.draft.DraftSummaryResponse;
import org.pikir.events.material.MaterialResponse;
import org.pikir.events.participant.ParticipantResponse;
import org.pikir.events.statement.StatementResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The whole public record of one event: what, when, where, who, what was said and concluded. */
public record EventResponse(
        String slug,
        Map<String, String> title,
        Map<String, String> summary,
        Map<String, String> description,
        EventKind kind,
        EventFormat format,
        List<String> topics,
        Map<String, String> city,
        Map<String, String> venue,
        Map<String, String> organiser,
        Map<String, String> source,
        String coverUrl,
        LocalDate date,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        EventStatus status,
        ConsultationResponse consultation,
        List<AgendaItemResponse> agenda,
        List<ParticipantResponse> participants,
        List<StatementResponse> statements,
        List<MaterialResponse> materials,
        List<DraftSummaryResponse> drafts,
        Map<String, String> outcome,
        Instant publishedAt,
        Instant archivedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** The parts of an event that live in their own tables. */
    record Parts(List<AgendaItemResponse> agenda, List<ParticipantResponse> participants,
                 List<StatementResponse> statements, List<MaterialResponse> materials,
                 List<DraftSummaryResponse> drafts) {
    }

    static EventResponse from(Event event, Parts parts, Instant now) {
        return new EventResponse(event.slug, event.title, event.summary, event.description, event.kind, event.format,
                List.copyOf(event.topics), event.city, event.venue, event.organiser, event.source, event.coverUrl,
                event.date, event.startsAt, event.endsAt, event.timeZone, event.status,
                ConsultationResponse.from(event, now), parts.agenda(), parts.participants(), parts.statements(),
                parts.materials(), parts.drafts(), event.outcome, event.publishedAt, event.archivedAt, event.createdAt, event.updatedAt);
    }
}
