package org.pikir.feedback.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.pikir.feedback.draft.PassageReference;
import org.pikir.platform.text.ContentLanguage;

/**
 * A citizen's proposal. Status, author, counts and answers are never taken from the request. On a draft document:
 * {@code draftId}, optionally the {@code passage} (a unit's key) and the version read (default: the newest published),
 * words quoted from the passage, and a proposed wording for it.
 */
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
        @Positive Long materialId,
        @Positive Long draftId,
        @Positive Integer draftVersion,
        @Size(max = PassageReference.MAX_KEY) @Pattern(regexp = PassageReference.KEY, message = "is not a unit key")
        String passage,
        @Size(max = PassageReference.MAX_QUOTE) String quote,
        @Size(max = PassageReference.MAX_WORDING) String proposedWording) {
}
