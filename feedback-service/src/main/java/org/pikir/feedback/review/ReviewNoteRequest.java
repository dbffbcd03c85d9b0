package org.pikir.feedback.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An internal note to add to a recommendation. */
public record ReviewNoteRequest(@NotBlank @Size(max = 5_000) String text) {
}
