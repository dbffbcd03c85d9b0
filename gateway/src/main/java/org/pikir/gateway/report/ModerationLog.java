package org.pikir.gateway.report;

import java.util.List;

/**
 * A forum's public moderation log as feedback-service counts it: hidden and rejected items by kind, outcome and
 * reason, and by the month (UTC) of the decision. No texts, no people, no item ids.
 */
public record ModerationLog(String eventSlug, long hidden, long rejected, List<Entry> entries, List<Month> months) {

    public ModerationLog {
        entries = entries == null ? List.of() : entries;
        months = months == null ? List.of() : months;
    }

    /** {@code type} COMMENT or RECOMMENDATION; {@code outcome} HIDDEN or REJECTED. */
    public record Entry(String type, String outcome, String reason, long count) {
    }

    /** {@code month} as {@code 2026-02}. */
    public record Month(String month, long hidden, long rejected) {
    }
}
