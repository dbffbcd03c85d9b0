package org.pikir.feedback.comment;

import org.pikir.platform.web.InvalidParameterException;

/** What a thread page lists the comments of: a whole event (id 0), or one statement or material of it. */
public record CommentTarget(Type type, long id) {

    public enum Type { EVENT, STATEMENT, MATERIAL }

    public static final CommentTarget EVENT = new CommentTarget(Type.EVENT, 0);

    /** The target the query names; one of the two at most, else a 400 naming the second. */
    public static CommentTarget of(Long statementId, Long materialId) {
        if (statementId != null && materialId != null) {
            throw new InvalidParameterException("materialId", "cannot be given together with statementId");
        }
        if (statementId != null) {
            return new CommentTarget(Type.STATEMENT, statementId);
        }
        return materialId != null ? new CommentTarget(Type.MATERIAL, materialId) : EVENT;
    }
}
