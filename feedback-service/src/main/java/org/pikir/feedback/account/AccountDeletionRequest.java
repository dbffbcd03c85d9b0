package org.pikir.feedback.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The explicit confirmation that erasing one's data needs, so no stray DELETE can do it. */
public record AccountDeletionRequest(
        @NotNull @Pattern(regexp = "DELETE", message = "must be the word DELETE") String confirm) {
}
