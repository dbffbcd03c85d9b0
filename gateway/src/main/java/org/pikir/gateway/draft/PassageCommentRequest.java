package org.pikir.gateway.draft;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A comment on a draft sent to feedback-service: on the whole article or one of its units ({@code passage}, a unit
 * key), in the version read ({@code draftVersion}), optionally quoting words of it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PassageCommentRequest(String eventSlug, String body, String language, long draftId, String passage,
                                    int draftVersion, String quote) {

    /** feedback-service's limits. */
    public static final int MAX_BODY = 5000;
    public static final int MAX_QUOTE = 1000;
}
