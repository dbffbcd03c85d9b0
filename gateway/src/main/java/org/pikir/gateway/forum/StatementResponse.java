package org.pikir.gateway.forum;

import java.time.Instant;

/** What a participant said at a forum, in the language it was said in. */
public record StatementResponse(Long id, String eventSlug, Long participantId, Long agendaItemId, String text,
                                String language, String url, Instant createdAt) {
}
