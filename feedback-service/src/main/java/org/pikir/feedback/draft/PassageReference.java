package org.pikir.feedback.draft;

import org.pikir.feedback.common.Unprocessable;
import org.pikir.platform.text.PlainText;

/**
 * What a comment or recommendation says it is about in a draft document: the draft, the version read (null: the
 * newest published one), the unit's key (null: the whole draft) and the words quoted from it (null: none).
 */
public record PassageReference(long draftId, Integer draftVersion, String passage, String quote) {

    /** The key pattern of events-service's units: article-12, article-12-p-3, preamble. */
    public static final String KEY = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int MAX_KEY = 100;
    public static final int MAX_QUOTE = 1000;
    public static final int MAX_WORDING = 5000;

    /**
     * The reference a request's fields make, null when they name no draft; 422 naming the field when they do not go
     * together: a passage, version or quote needs a draft (a quote needs a passage too), and a draft item is not on a
     * statement or material at once.
     */
    public static PassageReference of(Long draftId, Integer draftVersion, String passage, String quote,
                                      Long statementId, Long materialId) {
        String quoted = quote == null || PlainText.normalise(quote).isEmpty() ? null : Quotes.collapsed(quote);
        if (draftId == null) {
            if (passage != null) {
                throw Unprocessable.field("passage", "needs draftId, the draft the passage is in");
            }
            if (draftVersion != null) {
                throw Unprocessable.field("draftVersion", "needs draftId, the draft of that version");
            }
            if (quoted != null) {
                throw Unprocessable.field("quote", "needs draftId and passage, the passage the words are from");
            }
            return null;
        }
        if (statementId != null || materialId != null) {
            throw Unprocessable.field("draftId", "cannot be given together with statementId or materialId");
        }
        if (quoted != null && passage == null) {
            throw Unprocessable.field("quote", "needs passage, the passage the words are from");
        }
        return new PassageReference(draftId, draftVersion, passage, quoted);
    }
}
