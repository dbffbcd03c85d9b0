package org.pikir.feedback.recommendation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.ModerationNotice;
import org.pikir.feedback.common.Visibility;

import java.time.Instant;

/**
 * A recommendation as the public sees it, with its review status and the official answer; a hidden one without its
 * text or its author's name; one whose author erased their data without them either, marked {@code removed:
 * "by-author"}. {@code endorsedByMe} says whether the signed-in caller endorses it and {@code mine} whether they wrote
 * it; both are left out for anonymous callers. On a draft document: the draft, the version its author read, the passage
 * (a unit's key; null on the whole draft), its article's key, the words quoted and the proposed wording (both shown
 * with the text); all null otherwise.
 */
public record RecommendationResponse(
        Long id,
        String eventSlug,
        Long statementId,
        Long materialId,
        Long draftId,
        Integer draftVersion,
        String passage,
        String article,
        String quote,
        String proposedWording,
        String title,
        String body,
        String topic,
        String expectedEffect,
        String language,
        String authorName,
        RecommendationStatus status,
        Visibility visibility,
        int endorsementCount,
        Long mergedIntoId,
        Long groupId,
        Integer groupSize,
        @JsonInclude(JsonInclude.Include.NON_NULL) OfficialAnswer officialAnswer,
        @JsonInclude(JsonInclude.Include.NON_NULL) ModerationNotice moderation,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean endorsedByMe,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean mine,
        @JsonInclude(JsonInclude.Include.NON_NULL) String removed) {

    /** The public body's answer: what it says, on whose behalf, and when. */
    public record OfficialAnswer(String text, String answeredBy, Instant answeredAt) {
    }

    static RecommendationResponse from(Recommendation r) {
        OfficialAnswer answer = r.officialAnswer == null ? null
                : new OfficialAnswer(r.officialAnswer, r.answeredBy, r.answeredAt);
        boolean hidden = r.visibility == Visibility.HIDDEN;
        boolean erased = Author.erased(r.authorSubject);
        boolean untold = hidden || erased;
        return new RecommendationResponse(r.id, r.eventSlug, r.statementId, r.materialId, r.draftId, r.draftVersion,
                r.passageKey, r.articleKey, untold ? null : r.quote, untold ? null : r.proposedWording,
                untold ? null : r.title,
                untold ? null : r.body, r.topic, untold ? null : r.expectedEffect, r.language,
                untold ? null : r.authorName, r.status, r.visibility, r.endorsementCount, r.mergedIntoId, r.groupId,
                r.groupSize, answer, hidden ? ModerationNotice.hiddenFor(r.moderationReason) : null, r.createdAt,
                r.updatedAt, null, null, erased ? Author.REMOVED_BY_AUTHOR : null);
    }

    /** The same recommendation as seen by a signed-in caller: whether they wrote it, and whether they endorse it. */
    RecommendationResponse seenBy(boolean written, boolean endorsed) {
        return new RecommendationResponse(id, eventSlug, statementId, materialId, draftId, draftVersion, passage,
                article, quote, proposedWording, title, body, topic, expectedEffect,
                language, authorName, status, visibility, endorsementCount, mergedIntoId, groupId, groupSize,
                officialAnswer, moderation, createdAt, updatedAt, endorsed, written, removed);
    }
}
