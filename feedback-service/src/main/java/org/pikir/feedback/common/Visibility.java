package org.pikir.feedback.common;

/** Who may see a citizen's item: moderation moves it between these. */
public enum Visibility {
    PENDING,
    PUBLISHED,
    HIDDEN,
    REJECTED,
    DELETED
}
