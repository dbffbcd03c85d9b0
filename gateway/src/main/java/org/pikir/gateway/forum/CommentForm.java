package org.pikir.gateway.forum;

import java.util.List;

/**
 * The comment form as shown: what the user typed (kept after an error), the statement or material
 * the comment is about or the comment it replies to (if any), the key that makes a double submit
 * harmless, and the errors to list at the top and next to each field. The form for a comment on the
 * forum has field ids starting with {@code comment-}, the reply form (shown under the comment it
 * answers, never together with the other) with {@code reply-}.
 */
public record CommentForm(String action, String body, String language, String idempotencyKey,
                          List<LanguageOption> languages, Reference statement, Reference material, Reference parent,
                          String dropHref, List<FormError> errors) {

    public static final String BODY_FIELD = "comment-body";
    public static final String LANGUAGE_FIELD = "comment-language";
    public static final String STATEMENT_FIELD = "comment-statement";
    public static final String MATERIAL_FIELD = "comment-material";
    public static final String REPLY_BODY_FIELD = "reply-body";
    public static final String REPLY_LANGUAGE_FIELD = "reply-language";
    public static final String PARENT_FIELD = "reply-parent";

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean reply() {
        return parent != null;
    }

    /** The prefix of this form's field ids. */
    public String prefix() {
        return reply() ? "reply" : "comment";
    }

    public String bodyError() {
        return errorFor(reply() ? REPLY_BODY_FIELD : BODY_FIELD);
    }

    public String languageError() {
        return errorFor(reply() ? REPLY_LANGUAGE_FIELD : LANGUAGE_FIELD);
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

    /** The id of the body field of a comment form ({@code reply} false) or a reply form. */
    static String bodyField(boolean reply) {
        return reply ? REPLY_BODY_FIELD : BODY_FIELD;
    }

    static String languageField(boolean reply) {
        return reply ? REPLY_LANGUAGE_FIELD : LANGUAGE_FIELD;
    }

    /** An error message and the id of the field it is about, which the error summary links to. */
    public record FormError(String field, String message) {
    }

    public record LanguageOption(String code, String label, boolean selected) {
    }

    /** What a comment cites or answers: the id sent to feedback-service, a name or title to show, and where it is on the page. */
    public record Reference(long id, String label, String href) {
    }
}
