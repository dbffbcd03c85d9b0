package org.pikir.gateway.forum;

import java.util.List;

/**
 * The comment form as shown: what the user typed (kept after an error), the statement or material
 * the comment is about (if any), the key that makes a double submit harmless, and the errors to list
 * at the top and next to each field.
 */
public record CommentForm(String action, String body, String language, String idempotencyKey,
                          List<LanguageOption> languages, Reference statement, Reference material, String dropHref,
                          List<FormError> errors) {

    public static final String BODY_FIELD = "comment-body";
    public static final String LANGUAGE_FIELD = "comment-language";
    public static final String STATEMENT_FIELD = "comment-statement";
    public static final String MATERIAL_FIELD = "comment-material";

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String bodyError() {
        return errorFor(BODY_FIELD);
    }

    public String languageError() {
        return errorFor(LANGUAGE_FIELD);
    }

    public String statementError() {
        return errorFor(STATEMENT_FIELD);
    }

    public String materialError() {
        return errorFor(MATERIAL_FIELD);
    }

    private String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FormError::message).findFirst().orElse(null);
    }

    /** An error message and the id of the field it is about, which the error summary links to. */
    public record FormError(String field, String message) {
    }

    public record LanguageOption(String code, String label, boolean selected) {
    }

    /** What a comment cites: the id sent to feedback-service, a name or title to show, and where it is on the page. */
    public record Reference(long id, String label, String href) {
    }
}
