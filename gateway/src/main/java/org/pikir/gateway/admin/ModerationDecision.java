package org.pikir.gateway.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A moderator's decision on one item as feedback-service takes it: PUBLISH, HIDE or REJECT, a reason code, a note. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModerationDecision(String action, String reason, String note) {

    public static final List<String> ACTIONS = List.of("PUBLISH", "HIDE", "REJECT");
    public static final List<String> REASONS = List.of("SPAM", "ABUSE", "OFF_TOPIC", "PERSONAL_DATA", "ILLEGAL",
            "DUPLICATE", "OTHER");
    public static final int MAX_NOTE = 500;

    public boolean needsReason() {
        return !"PUBLISH".equals(action);
    }
}
