package org.pikir.platform.problem;

/** Thrown by domain code to answer with a given problem; mapped to its status by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
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
