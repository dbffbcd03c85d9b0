package org.pikir.gateway.forum;

import java.util.Map;

/** A person taking part in a forum; the name exactly as the source writes it, and optionally in Latin letters. */
public record ParticipantResponse(Long id, String name, String latinName, Map<String, String> position,
                                  Map<String, String> organisation, String role) {
}
