package org.pikir.gateway.forum;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the gateway sends to feedback-service for a comment (or a reply, with {@code parentId}) typed into the forum page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommentRequest(String eventSlug, String body, String language, Long statementId, Long materialId,
                             Long parentId) {

    /** feedback-service's limit on a comment's length. */
    public static final int MAX_BODY = 5000;

    public CommentRequest(String eventSlug, String body, String language, Long statementId, Long materialId) {
        this(eventSlug, body, language, statementId, materialId, null);
    }
}
