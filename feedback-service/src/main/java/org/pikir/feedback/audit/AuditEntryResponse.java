package org.pikir.feedback.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One staff action as the audit log holds it. */
public record AuditEntryResponse(
        long id,
        String actor,
        String action,
        String targetType,
        String targetId,
        JsonNode before,
        JsonNode after,
        Instant at) {
}
