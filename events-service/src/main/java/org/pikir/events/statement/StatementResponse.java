package org.pikir.events.statement;

import java.time.Instant;
import java.util.Map;

/**
 * A statement with its stable address, so that feedback and links can cite it: the original {@code text} in its
 * {@code language}, whether it is a {@code QUOTE} or {@code REPORTED}, and the translations editors added, keyed by
 * language.
 */
public record StatementResponse(Long id, String eventSlug, Long participantId, Long agendaItemId, String text,
                                String language, StatementKind kind, Map<String, String> translations, String url,
                                Instant createdAt) {

    public static StatementResponse from(Statement statement, String eventSlug) {
        return new StatementResponse(statement.id, eventSlug, statement.participantId, statement.agendaItemId,
                statement.text, statement.language, statement.kind, Map.copyOf(statement.translations),
                "/api/events/" + eventSlug + "/statements/" + statement.id, statement.createdAt);
    }
}
