package org.pikir.feedback.analysis.item;

/**
 * What a bulk tagging does to its items: ADD confirmed tags of accepted themes, REMOVE tags, CONFIRM the machine's
 * suggested tags, mark the items as analysed with NO_THEME, or CLEAR_NO_THEME that mark.
 */
public enum TagAction {
    ADD,
    REMOVE,
    CONFIRM,
    NO_THEME,
    CLEAR_NO_THEME
}
