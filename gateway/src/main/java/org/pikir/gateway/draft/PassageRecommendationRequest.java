package org.pikir.gateway.draft;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A recommendation on a passage of a draft sent to feedback-service, optionally with a quote and a proposed wording. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PassageRecommendationRequest(String eventSlug, String title, String body, String language,
                                           long draftId, String passage, int draftVersion, String quote,
                                           String proposedWording) {

    /** feedback-service's limit on a proposed wording. */
    public static final int MAX_WORDING = 5000;
}
