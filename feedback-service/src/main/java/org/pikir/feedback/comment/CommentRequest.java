package org.pikir.feedback.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.pikir.platform.text.ContentLanguage;

/** What a citizen sends to comment. Author, status and times are never taken from the request. */
public record CommentRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "is not an event slug")
        String eventSlug,
        @NotBlank @Size(max = CommentRequest.MAX_BODY) String body,
        @NotNull @Pattern(regexp = ContentLanguage.PATTERN, message = "must be kk, ru or en") String language,
        @Positive Long statementId,
        @Positive Long materialId,
        @Positive Long parentId) {

    public static final int MAX_BODY = 5000;
}
