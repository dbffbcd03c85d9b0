package org.pikir.feedback.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/** A text stored as one column per content language, given to clients as {@code {kk, ru, en}} without the empty ones. */
public final class Localised {

    private Localised() {
    }

    public static Map<String, String> of(Object kk, Object ru, Object en) {
        Map<String, String> texts = new LinkedHashMap<>();
        put(texts, "kk", kk);
        put(texts, "ru", ru);
        put(texts, "en", en);
        return texts;
    }

    /** The text in {@code language} of a request's map, stripped; null when absent or blank. */
    public static String in(Map<String, String> texts, String language) {
        String text = texts == null ? null : texts.get(language);
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void put(Map<String, String> texts, String language, Object text) {
        if (text != null && !((String) text).isBlank()) {
            texts.put(language, (String) text);
        }
    }
}
