package org.pikir.gateway.forum;

import java.time.Instant;
import java.util.Map;

/**
 * What a participant said at a forum, in the language it was said in: quoted ({@code QUOTE}) or reported by a
 * source ({@code REPORTED}), with editors' translations keyed by language.
 */
public record StatementResponse(Long id, String eventSlug, Long participantId, Long agendaItemId, String text,
                                String language, String kind, Map<String, String> translations, String url,
                                Instant createdAt) {

    public StatementResponse {
        translations = translations == null ? Map.of() : translations;
    }

    public boolean reported() {
        return "REPORTED".equals(kind);
    }
}
