package org.pikir.events.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pikir.platform.text.ContentLanguage;

/**
 * A statement: who said it, in which session, in which language, quoted or reported ({@code kind}: a new statement
 * without one is a quote; an edit without one keeps the statement's kind).
 */
public record StatementRequest(
        @NotNull Long participantId,
        Long agendaItemId,
        @NotBlank @Size(max = 20_000) String text,
        @NotNull @Pattern(regexp = ContentLanguage.PATTERN, message = "must be kk, ru or en") String language,
        StatementKind kind) {
}
