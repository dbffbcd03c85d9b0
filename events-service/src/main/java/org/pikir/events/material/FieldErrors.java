package org.pikir.events.material;

import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects every invalid form field, so one 400 answer names them all as the client sent them. */
public final class FieldErrors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    public void throwIfAny() {
        throwIfAny(400);
    }

    /** With 422 where the request was well formed but its content cannot be taken (the drafts' contract). */
    public void throwIfAny(int status) {
        if (errors.isEmpty()) {
            return;
        }
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        throw new ProblemException(Problem.of("validation", "Invalid request", status, "Check these fields: " + fields + ".")
                .withErrors(errors));
    }
}
