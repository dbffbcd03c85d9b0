package org.pikir.gateway.forum;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A session of a forum's agenda and who took part in it. */
public record AgendaItemResponse(Long id, Map<String, String> title, String kind, Instant startsAt, Instant endsAt,
                                 List<Long> participantIds) {

    public AgendaItemResponse {
        participantIds = participantIds == null ? List.of() : participantIds;
    }
}
