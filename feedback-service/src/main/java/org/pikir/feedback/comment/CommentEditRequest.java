package org.pikir.feedback.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new text for one's own comment; nothing else about a comment can be changed by its author. */
public record CommentEditRequest(@NotBlank @Size(max = CommentRequest.MAX_BODY) String body) {
}
