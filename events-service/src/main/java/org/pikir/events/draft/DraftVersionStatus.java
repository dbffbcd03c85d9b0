package org.pikir.events.draft;

/** {@code EDITING}: staff only, its structure may change; {@code PUBLISHED}: public and frozen. */
public enum DraftVersionStatus {
    EDITING,
    PUBLISHED
}
