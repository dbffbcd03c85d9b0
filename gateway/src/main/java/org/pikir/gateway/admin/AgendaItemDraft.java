package org.pikir.gateway.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A session of a forum's agenda as events-service takes it to add or edit one. Kind and participant ids go as
 * the form sent them: events-service alone decides what is valid and names the field when it is not.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgendaItemDraft(Map<String, String> title, String kind, Instant startsAt, Instant endsAt,
                              List<String> participantIds) {
}
