package org.pikir.feedback.draft;

import org.pikir.platform.text.PlainText;

import java.util.regex.Pattern;

/** Quoted words compared with a passage's text as a reader sees them: every run of white space as one space. */
final class Quotes {

    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

    private Quotes() {
    }

    static String collapsed(String text) {
        return WHITE_SPACE.matcher(PlainText.normalise(text)).replaceAll(" ").strip();
    }

    /** Whether {@code quote} (collapsed) occurs in {@code text}, white space collapsed in both. */
    static boolean occursIn(String quote, String text) {
        return text != null && collapsed(text).contains(quote);
    }
}
