package org.pikir.gateway.admin.analysis;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A background analysis job of a forum (theme suggestions, campaign search) and how far it is. */
public record JobResponse(long id, String eventSlug, String kind, Map<String, Object> parameters, String status,
                          long done, long total, int progress, String message, String requestedBy, Instant createdAt,
                          Instant startedAt, Instant finishedAt, int attempt) {

    public static final String SUGGEST_THEMES = "SUGGEST_THEMES";
    public static final String CAMPAIGNS = "CAMPAIGNS";
    private static final Set<String> UNFINISHED = Set.of("QUEUED", "RUNNING");

    /** Still queued or running: its page refreshes itself and offers Cancel. */
    public boolean running() {
        return UNFINISHED.contains(status);
    }
}
