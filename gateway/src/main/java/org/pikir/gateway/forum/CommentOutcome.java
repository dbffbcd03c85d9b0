package org.pikir.gateway.forum;

import org.pikir.platform.problem.Problem;

import java.util.List;

/** How feedback-service answered a comment the gateway sent for a signed-in user. */
public sealed interface CommentOutcome {

    record Accepted(CommentResponse comment) implements CommentOutcome {
    }

    record Rejected(Reason reason, List<Problem.FieldError> errors) implements CommentOutcome {
    }

    enum Reason {
        INVALID,
        CONSULTATION_CLOSED,
        UNAUTHENTICATED,
        FORBIDDEN,
        EMAIL_UNVERIFIED,
        UNKNOWN_EVENT
    }
}
