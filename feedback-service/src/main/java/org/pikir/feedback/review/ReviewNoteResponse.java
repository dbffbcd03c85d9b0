package org.pikir.feedback.review;

import java.time.Instant;

/** An internal note as staff read it. */
public record ReviewNoteResponse(Long id, Long recommendationId, String author, String text, Instant createdAt) {

    static ReviewNoteResponse from(ReviewNote note) {
        return new ReviewNoteResponse(note.id, note.recommendationId, note.authorName, note.text, note.createdAt);
    }
}
