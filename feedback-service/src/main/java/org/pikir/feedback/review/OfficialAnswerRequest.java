package org.pikir.feedback.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The public body's answer to a recommendation and the body or office it is given on behalf of. */
public record OfficialAnswerRequest(
        @NotBlank @Size(max = 10_000) String text,
        @NotBlank @Size(max = 200) String answeredBy) {
}
