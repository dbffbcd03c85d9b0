package org.pikir.gateway.forum;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the gateway sends to feedback-service for a comment (or a reply, with {@code parentId}) typed into the forum
 * page. feedback-service checks it all (the forum, the statement, material or comment referred to, the text and its
 * length); the forum page only shows its field errors.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommentRequest(String eventSlug, String body, String language, Long statementId, Long materialId,
                             Long parentId) {

    /** feedback-service's limit on a comment's length, as the edit form of "My feedback" still checks it. */
    public static final int MAX_BODY = 5000;
}
