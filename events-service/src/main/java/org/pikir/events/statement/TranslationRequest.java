package org.pikir.events.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An editor's translation of a statement into one language; the original stays as it is. */
public record TranslationRequest(@NotBlank @Size(max = 20_000) String text) {
}
