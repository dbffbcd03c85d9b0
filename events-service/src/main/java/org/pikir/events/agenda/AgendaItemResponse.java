package org.pikir.events.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record AgendaItemResponse(Long id, Map<String, String> title, AgendaItemKind kind, Instant startsAt,
                                 Instant endsAt, List<Long> participantIds) {

    public static AgendaItemResponse from(AgendaItem item) {
        return new AgendaItemResponse(item.id, item.title, item.kind, item.startsAt, item.endsAt,
                List.copyOf(item.participantIds));
    }
}
