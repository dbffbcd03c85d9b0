package org.pikir.gateway.forum;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A citizen's flag on a comment or recommendation, as feedback-service takes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlagRequest(String targetType, long targetId, String reason, String note) {

    public static final int MAX_NOTE = 500;
}
