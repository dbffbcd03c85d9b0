package org.pikir.platform.problem;

import java.util.Map;

/** Thrown by domain code to answer with a given problem; mapped to its status by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    /** Response headers that belong with the problem, such as Retry-After. */
    public Map<String, String> headers() {
        return headers;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(Problem.of("not-found", "Not found", 404, what + " '" + id + "' does not exist."));
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(Problem.of(type, "Conflict", 409, detail));
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.of("validation", "Invalid request", 400, "The request has an invalid field.")
                .withErrors(java.util.List.of(new Problem.FieldError(field, message))));
    }
}
