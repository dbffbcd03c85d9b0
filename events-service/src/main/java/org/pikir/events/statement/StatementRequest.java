package org.pikir.events.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pikir.platform.text.ContentLanguage;

/** A quoted statement: who said it, in which session, in which language. */
public record StatementRequest(
        @NotNull Long participantId,
        Long agendaItemId,
        @NotBlank @Size(max = 20_000) String text,
        @NotNull @Pattern(regexp = ContentLanguage.PATTERN, message = "must be kk, ru or en") String language) {
}
