package org.pikir.feedback.analysis.item;

/** How many tags (ADD, REMOVE, CONFIRM) or items (NO_THEME, CLEAR_NO_THEME) a bulk tagging changed. */
public record TagResult(long affected) {
}
