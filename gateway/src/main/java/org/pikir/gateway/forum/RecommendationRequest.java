package org.pikir.gateway.forum;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the gateway sends to feedback-service for a recommendation submitted on a forum's page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecommendationRequest(String eventSlug, String title, String body, String topic, String expectedEffect,
                                    String language, Long statementId) {

    /** feedback-service's limits. */
    public static final int MIN_TITLE = 5;
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 10_000;
    public static final int MAX_EFFECT = 2_000;
}
