package org.pikir.feedback.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.pikir.feedback.draft.PassageReference;
import org.pikir.platform.text.ContentLanguage;

/**
 * What a citizen sends to comment. Author, status and times are never taken from the request. On a draft document:
 * {@code draftId}, optionally the {@code passage} (a unit's key) and the version read (default: the newest published),
 * and words quoted from the passage; a reply takes its parent's passage and names none.
 */
public record CommentRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "is not an event slug")
        String eventSlug,
        @NotBlank @Size(max = CommentRequest.MAX_BODY) String body,
        @NotNull @Pattern(regexp = ContentLanguage.PATTERN, message = "must be kk, ru or en") String language,
        @Positive Long statementId,
        @Positive Long materialId,
        @Positive Long parentId,
        @Positive Long draftId,
        @Positive Integer draftVersion,
        @Size(max = PassageReference.MAX_KEY) @Pattern(regexp = PassageReference.KEY, message = "is not a unit key")
        String passage,
        @Size(max = PassageReference.MAX_QUOTE) String quote) {

    public static final int MAX_BODY = 5000;
}
