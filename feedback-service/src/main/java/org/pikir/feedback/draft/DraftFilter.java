package org.pikir.feedback.draft;

import org.pikir.platform.web.InvalidParameterException;

/**
 * A list narrowed to one draft document: all its items, one article's (the article's own and its paragraphs'), or one
 * passage's. {@code key} is the article's or the passage's key, null for the whole draft.
 */
public record DraftFilter(Scope scope, long draftId, String key) {

    public enum Scope { DRAFT, ARTICLE, PASSAGE }

    /** The filter the query names, null for none; 400 naming the parameter when they do not go together. */
    public static DraftFilter of(Long draftId, String article, String passage) {
        if (draftId == null) {
            if (article != null || passage != null) {
                throw new InvalidParameterException(article != null ? "article" : "passage",
                        "needs draftId, the draft it is in");
            }
            return null;
        }
        if (article != null && passage != null) {
            throw new InvalidParameterException("passage", "cannot be given together with article");
        }
        if (article != null) {
            return new DraftFilter(Scope.ARTICLE, draftId, article);
        }
        return passage != null ? new DraftFilter(Scope.PASSAGE, draftId, passage) : new DraftFilter(Scope.DRAFT, draftId, null);
    }

    /**
     * The SQL condition on a comment's or recommendation's row, with parameters {@code :draft} and {@code :key}; the
     * indexes of V18__draft_passages.sql serve each.
     */
    public String condition() {
        return switch (scope) {
            case DRAFT -> "draft_id = :draft";
            case ARTICLE -> "draft_id = :draft and article_key = :key";
            case PASSAGE -> "draft_id = :draft and passage_key = :key";
        };
    }
}
