package org.pikir.gateway.account;

import java.time.Instant;

/**
 * One of the citizen's comments or recommendations as only its author sees it: the text even when
 * hidden, the moderator's reason and note, for a recommendation its review status and official
 * answer, and for a comment still in its edit window the version to edit and until when.
 */
public record MyItem(String kind, long id, String eventSlug, Long parentId, Long statementId, Long materialId,
                     String title, String body, String topic, String expectedEffect, String language,
                     String visibility, Moderation moderation, String reviewStatus, Long mergedIntoId,
                     Answer officialAnswer, Integer endorsementCount, int version, Instant editableUntil,
                     Instant createdAt, Instant updatedAt) {

    public boolean comment() {
        return "COMMENT".equals(kind);
    }

    public record Moderation(String reason, String note, Instant at) {
    }

    public record Answer(String text, String answeredBy, Instant answeredAt) {
    }
}
