package org.pikir.feedback.comment;

import org.pikir.feedback.draft.DraftFilter;
import org.pikir.platform.web.InvalidParameterException;

/**
 * What a thread page lists the comments of: a whole event (id 0), one statement or material of it, or one draft
 * document, article or passage of it ({@code draft}, else null).
 */
public record CommentTarget(Type type, long id, DraftFilter draft) {

    public enum Type { EVENT, STATEMENT, MATERIAL, DRAFT }

    public static final CommentTarget EVENT = new CommentTarget(Type.EVENT, 0, null);

    /** The target the query names; one of the two at most, else a 400 naming the second. */
    public static CommentTarget of(Long statementId, Long materialId) {
        if (statementId != null && materialId != null) {
            throw new InvalidParameterException("materialId", "cannot be given together with statementId");
        }
        if (statementId != null) {
            return new CommentTarget(Type.STATEMENT, statementId, null);
        }
        return materialId != null ? new CommentTarget(Type.MATERIAL, materialId, null) : EVENT;
    }

    /** The target the query names, a draft filter included; a draft with a statement or material is a 400. */
    public static CommentTarget of(Long statementId, Long materialId, DraftFilter draft) {
        if (draft == null) {
            return of(statementId, materialId);
        }
        if (statementId != null || materialId != null) {
            throw new InvalidParameterException("draftId", "cannot be given together with statementId or materialId");
        }
        return new CommentTarget(Type.DRAFT, draft.draftId(), draft);
    }
}
