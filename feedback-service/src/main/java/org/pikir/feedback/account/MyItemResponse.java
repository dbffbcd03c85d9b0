package org.pikir.feedback.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.recommendation.RecommendationResponse.OfficialAnswer;
import org.pikir.feedback.recommendation.RecommendationStatus;

import java.time.Instant;

/**
 * One of the caller's own comments or recommendations as only its author sees it: with its text
 * even when hidden, the moderator's reason and note, and for a recommendation its review and answer; on a draft
 * document, where in it (as on the public answers) with the quote and the proposed wording.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MyItemResponse(
        ItemType kind,
        long id,
        String eventSlug,
        Long parentId,
        Long statementId,
        Long materialId,
        String title,
        String body,
        String topic,
        String expectedEffect,
        String language,
        Visibility visibility,
        ModerationOutcome moderation,
        RecommendationStatus reviewStatus,
        Long mergedIntoId,
        OfficialAnswer officialAnswer,
        Integer endorsementCount,
        int version,
        Instant editableUntil,
        Instant createdAt,
        Instant updatedAt,
        Long draftId,
        Integer draftVersion,
        String passage,
        String article,
        String quote,
        String proposedWording) {

    /** Why a moderator hid or rejected the item, in their words too. */
    public record ModerationOutcome(String reason, String note, Instant at) {
    }
}
