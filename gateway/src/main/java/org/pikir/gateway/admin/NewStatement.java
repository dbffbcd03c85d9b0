package org.pikir.gateway.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A statement to add or correct: who said it, in which session (optional), the words and their language, and whether
 * they are quoted or reported ({@code kind}, QUOTE or REPORTED; left out, a new statement is a quote and a corrected
 * one keeps its kind).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewStatement(Long participantId, Long agendaItemId, String text, String language, String kind) {
}
