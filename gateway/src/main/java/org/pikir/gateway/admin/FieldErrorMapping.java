package org.pikir.gateway.admin;

import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.UiLanguage;
import org.pikir.platform.problem.Problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where events-service's field errors go on one form: each field the service names (as in its problem+json, e.g.
 * {@code title.en} or {@code participantIds[0]}) to the id of the form field it is about, with words in the page's
 * language. A field is looked up as named, then by its first part ({@code title}, {@code participantIds}); a field
 * the form does not show, or a refusal that names none, goes to the form's first field.
 */
public final class FieldErrorMapping {

    private record Target(String formField, String message) {
    }

    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final String firstField;

    private FieldErrorMapping(String firstField) {
        this.firstField = firstField;
    }

    /** A mapping for a form whose first field (where errors about nothing shown go) has the id {@code firstField}. */
    public static FieldErrorMapping startingAt(String firstField) {
        return new FieldErrorMapping(firstField);
    }

    public FieldErrorMapping field(String serviceField, String formField, String message) {
        targets.put(serviceField, new Target(formField, message));
        return this;
    }

    /** The same message for a multilingual field: {@code serviceField.kk} at {@code formField-kk} and so on. */
    public FieldErrorMapping perLanguage(String serviceField, String formField, String message) {
        for (String lang : UiLanguage.CODES) {
            field(serviceField + "." + lang, formField + "-" + lang, message);
        }
        return field(serviceField, formField + "-" + UiLanguage.CODES.get(0), message);
    }

    public String firstField() {
        return firstField;
    }

    /** Puts each field error next to its field (once per field); {@code otherwise} when none could be placed. */
    public void applyTo(Iterable<Problem.FieldError> errors, Form form, String otherwise) {
        for (Problem.FieldError error : errors) {
            String field = error.field() == null ? "" : error.field();
            Target target = targets.get(field);
            if (target == null) {
                target = targets.get(field.split("[.\\[]", 2)[0]);
            }
            if (target != null && !form.hasError(target.formField())) {
                form.reject(target.formField(), target.message());
            }
        }
        if (!form.hasErrors()) {
            form.reject(firstField, otherwise);
        }
    }
}
