package org.pikir.feedback.common;

import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import java.util.List;

/**
 * A well-formed request that names something that does not fit, such as a passage its draft does not have or a
 * quote its passage does not contain: 422 problem+json naming the field.
 */
public final class Unprocessable {

    private Unprocessable() {
    }

    public static ProblemException field(String field, String message) {
        return new ProblemException(Problem.of("validation", "Invalid request", 422,
                        "The request has a field that does not fit: " + field + ".")
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }
}
