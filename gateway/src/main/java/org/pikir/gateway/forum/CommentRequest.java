package org.pikir.gateway.forum;

/** What the gateway sends to feedback-service for a comment typed into the forum page. */
public record CommentRequest(String eventSlug, String body, String language) {

    /** feedback-service's limit on a comment's length. */
    public static final int MAX_BODY = 5000;
}
