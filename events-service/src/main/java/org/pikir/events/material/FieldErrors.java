package org.pikir.events.material;

import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects every invalid form field, so one 400 answer names them all as the client sent them. */
final class FieldErrors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    FieldErrors add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        throw new ProblemException(Problem.of("validation", "Invalid request", 400, "Check these fields: " + fields + ".")
                .withErrors(errors));
    }
}
