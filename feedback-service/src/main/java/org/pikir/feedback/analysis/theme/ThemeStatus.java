package org.pikir.feedback.analysis.theme;

/** Where a theme of a forum's codebook stands: only a person moves a theme out of SUGGESTED. */
public enum ThemeStatus {
    ACCEPTED,
    SUGGESTED,
    DISCARDED,
    MERGED
}
