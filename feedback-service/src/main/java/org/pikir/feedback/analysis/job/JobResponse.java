package org.pikir.feedback.analysis.job;

import java.time.Instant;
import java.util.Map;

/** An analysis job as staff see it; {@code progress} is 0..100. */
public record JobResponse(long id, String eventSlug, String kind, Map<String, String> parameters, JobStatus status,
                          long done, long total, int progress, String message, String requestedBy,
                          Instant createdAt, Instant startedAt, Instant finishedAt, int attempt) {
}
