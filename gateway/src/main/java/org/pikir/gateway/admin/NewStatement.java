package org.pikir.gateway.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A statement to add to a forum: who said it, in which session (optional), the words and their language. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewStatement(Long participantId, Long agendaItemId, String text, String language) {
}
