package org.pikir.gateway.admin;

import java.time.Instant;

/** An internal note on a recommendation, never shown to the public. */
public record ReviewNote(Long id, Long recommendationId, String author, String text, Instant createdAt) {
}
