package org.pikir.events.draft;

/** Something in a version's text an editor should look at before publishing, at the unit {@code key}. */
public record DraftWarning(String key, String field, String message) {
}
