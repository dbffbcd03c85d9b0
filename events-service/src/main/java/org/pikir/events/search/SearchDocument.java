package org.pikir.events.search;

import org.pikir.platform.text.ContentLanguage;

import java.util.EnumMap;
import java.util.Map;

/** The words an event can be found by, gathered per content language before indexing. */
public final class SearchDocument {

    private enum Part { RU, KK, EN }

    private final Map<Part, StringBuilder> parts = new EnumMap<>(Part.class);

    public SearchDocument add(String language, String text) {
        if (text == null || text.isBlank() || !ContentLanguage.isSupported(language)) {
            return this;
        }
        parts.computeIfAbsent(Part.valueOf(language.toUpperCase()), p -> new StringBuilder()).append(' ').append(text);
        return this;
    }

    public SearchDocument addAll(Map<String, String> texts) {
        if (texts != null) {
            texts.forEach(this::add);
        }
        return this;
    }

    String russian() {
        return text(Part.RU);
    }

    String kazakh() {
        return text(Part.KK);
    }

    String english() {
        return text(Part.EN);
    }

    private String text(Part part) {
        StringBuilder text = parts.get(part);
        return text == null ? "" : text.toString().strip();
    }
}
