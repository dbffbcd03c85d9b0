package org.pikir.gateway.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * A participant to add or correct: the name as the person writes it, its Latin spelling for the English pages
 * (left out: kept as it is; empty: removed), position and organisation per language, the role.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewParticipant(String name, String latinName, Map<String, String> position,
                             Map<String, String> organisation, String role) {

    public static final java.util.List<String> ROLES = java.util.List.of("SPEAKER", "MODERATOR", "EXPERT", "GUEST");
}
