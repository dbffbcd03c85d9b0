package org.pikir.gateway.forum;

import org.pikir.gateway.web.Messages;
import org.pikir.gateway.web.UiLanguage;

import java.util.List;
import java.util.UUID;

/**
 * The comment form as shown: what the user typed (kept after an error), the statement or material
 * the comment is about or the comment it replies to (if any), the key that makes a double submit
 * harmless, where the comments were read ({@code place}, hidden fields that bring a reply back to
 * them), and the errors to list at the top and next to each field. The form for a comment on the
 * forum has field ids starting with {@code comment-}, the reply form (shown under the comment it
 * answers, never together with the other) with {@code reply-}.
 */
public record CommentForm(String action, String body, String language, String idempotencyKey,
                          List<LanguageOption> languages, Reference statement, Reference material, Reference parent,
                          String dropHref, List<CommentPlace.Field> place, List<FormError> errors) {

    public static final String BODY_FIELD = "comment-body";
    public static final String LANGUAGE_FIELD = "comment-language";
    public static final String STATEMENT_FIELD = "comment-statement";
    public static final String MATERIAL_FIELD = "comment-material";
    public static final String REPLY_BODY_FIELD = "reply-body";
    public static final String REPLY_LANGUAGE_FIELD = "reply-language";
    public static final String PARENT_FIELD = "reply-parent";

    /** An empty form for a comment on the forum, optionally about a statement or material. */
    static CommentForm blank(ForumView forum, String lang, Reference statement, Reference material) {
        return typed(forum, CommentPlace.FIRST, "", lang, newKey(), statement, material, null, List.of());
    }

    /** An empty form for a reply to comment {@code parentId}, listed at {@code place}. */
    static CommentForm reply(ForumView forum, String lang, CommentPlace place, long parentId) {
        return typed(forum, place, "", lang, newKey(), null, null, parent(parentId), List.of());
    }

    /** The form again with what was typed ({@code parent} set for a reply) and what was wrong with it. */
    static CommentForm typed(ForumView forum, CommentPlace place, String text, String lang, String key,
                             Reference statement, Reference material, Reference parent, List<FormError> errors) {
        String drop = parent == null ? forum.path() + "#comment-form"
                : place.href(forum.path()) + "#comment-" + parent.id();
        return new CommentForm(forum.path() + "/comments", text, lang, key, languageOptions(lang), statement, material,
                parent, drop, parent == null ? List.of() : place.fields(), errors);
    }

    /** A comment to reply to; it is shown under it, so it needs no name. */
    static Reference parent(long id) {
        return new Reference(id, null, "#comment-" + id);
    }

    static Reference statement(ForumView forum, Long id, Messages messages) {
        return forum.statement(id)
                .map(s -> new Reference(s.id(), s.speakerName() == null ? messages.speaker_unknown() : s.speakerName(),
                        "#" + s.anchor()))
                .orElse(null);
    }

    static Reference material(ForumView forum, Long id) {
        return forum.material(id)
                .map(m -> new Reference(m.id(), m.title().text(), "#" + m.anchor()))
                .orElse(null);
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * This reply form as a form for a comment on the forum, with the same text and errors: for a reply whose
     * comment is not listed (any more), so that what was typed is not lost.
     */
    CommentForm asComment(ForumView forum) {
        List<FormError> moved = errors.stream()
                .map(e -> new FormError(e.field().equals(REPLY_BODY_FIELD) ? BODY_FIELD
                        : e.field().equals(REPLY_LANGUAGE_FIELD) ? LANGUAGE_FIELD : e.field(), e.message()))
                .toList();
        return new CommentForm(action, body, language, idempotencyKey, languages, null, null, null,
                forum.path() + "#comment-form", List.of(), moved);
    }

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

    private static List<LanguageOption> languageOptions(String selected) {
        return UiLanguage.CODES.stream()
                .map(code -> new LanguageOption(code, UiLanguage.nativeName(code), code.equals(selected)))
                .toList();
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
