package org.pikir.gateway.admin.analysis;

import java.time.Instant;
import java.util.Map;

/** A group of near-identical comments sent to a forum, with one of them as its representative. */
public record CampaignResponse(long id, String eventSlug, long memberCount, ThemeResponse.Quote representative,
                               Instant firstAt, Instant lastAt, Instant detectedAt, Map<String, Long> byStatus) {

    public CampaignResponse {
        byStatus = byStatus == null ? Map.of() : byStatus;
    }
}
