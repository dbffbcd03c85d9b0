package org.pikir.gateway.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A campaign of near-identical comments as feedback-service found it: how many, a representative text, when they
 * were sent and found, and how many are in each moderation state.
 */
public record Campaign(long id, String eventSlug, long memberCount, Representative representative, Instant firstAt,
                       Instant lastAt, Instant detectedAt, Map<String, Long> byStatus) {

    public Campaign {
        byStatus = byStatus == null ? Map.of() : byStatus;
    }

    public record Representative(String type, Long id, String language, String text) {
    }

    /** One comment of the campaign. */
    public record Member(long id, String status, String authorName, Instant createdAt, String text) {
    }

    /** How many comments a decision on the whole campaign changed. */
    public record Outcome(long affected) {
    }

    /** The moderation states in the order the page reads them out. */
    static final List<String> STATES = List.of("PENDING", "PUBLISHED", "HIDDEN", "REJECTED");
}
