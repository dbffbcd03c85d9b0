package org.pikir.feedback.analysis.campaign;

import java.time.Instant;
import java.util.Map;

/** A group of near-identical comments on one forum, with a text that stands for them and its members by status. */
public record CampaignResponse(
        long id,
        String eventSlug,
        int memberCount,
        Representative representative,
        Instant firstAt,
        Instant lastAt,
        Instant detectedAt,
        Map<String, Long> byStatus) {

    /** The comment whose text stands for the group. */
    public record Representative(String type, Long id, String language, String text) {
    }
}
