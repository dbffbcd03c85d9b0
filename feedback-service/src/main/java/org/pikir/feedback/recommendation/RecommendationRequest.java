package org.pikir.feedback.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.pikir.platform.text.ContentLanguage;

/** A citizen's proposal. Status, author, counts and answers are never taken from the request. */
public record RecommendationRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "is not an event slug")
        String eventSlug,
        @NotBlank @Size(min = 5, max = 200) String title,
        @NotBlank @Size(max = 10_000) String body,
        @Size(max = 60) @Pattern(regexp = "[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*", message = "use letters, digits and hyphens")
        String topic,
        @Size(max = 2_000) String expectedEffect,
        @NotNull @Pattern(regexp = ContentLanguage.PATTERN, message = "must be kk, ru or en") String language,
        @Positive Long statementId,
        @Positive Long materialId) {
}
