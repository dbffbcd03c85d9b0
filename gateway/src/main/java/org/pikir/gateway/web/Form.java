package org.pikir.gateway.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A form as a page shows it: the values typed (kept when the form comes back with errors), the
 * errors to list in the error summary and next to each field, and an idempotency key that makes a
 * second click on "send" harmless. Values are found by the field's {@code name}, errors by the id
 * of the field they are about, which the error summary links to.
 */
public final class Form {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<FormError> errors = new ArrayList<>();
    private String idempotencyKey = UUID.randomUUID().toString();

    public static Form empty() {
        return new Form();
    }

    /** Keeps a typed value; null is kept as empty. */
    public Form with(String name, String value) {
        values.put(name, value == null ? "" : value);
        return this;
    }

    public Form withKey(String key) {
        this.idempotencyKey = key;
        return this;
    }

    /** Adds an error about the field with id {@code field}; the first error per field is the one shown next to it. */
    public Form reject(String field, String message) {
        errors.add(new FormError(field, message));
        return this;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** Whether {@code name} holds {@code value}: a selected option, a checked radio button. */
    public boolean is(String name, String value) {
        return value != null && value.equals(values.get(name));
    }

    public String error(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FormError::message).findFirst().orElse(null);
    }

    public boolean hasError(String field) {
        return error(field) != null;
    }

    public List<FormError> errors() {
        return List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** An error message and the id of the field it is about. */
    public record FormError(String field, String message) {
    }
}
