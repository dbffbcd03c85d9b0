package org.pikir.events.statement;

import java.time.Instant;

/** A statement with its stable address, so that feedback and links can cite it. */
public record StatementResponse(Long id, String eventSlug, Long participantId, Long agendaItemId, String text,
                                String language, String url, Instant createdAt) {

    public static StatementResponse from(Statement statement, String eventSlug) {
        return new StatementResponse(statement.id, eventSlug, statement.participantId, statement.agendaItemId,
                statement.text, statement.language, "/api/events/" + eventSlug + "/statements/" + statement.id,
                statement.createdAt);
    }
}
