package org.pikir.gateway.forum;

import java.util.List;
import java.util.Map;

/** A text picked from a multilingual field: in the wanted language, else in the first available one. */
public record LocalizedText(String text, String lang, boolean fallback) {

    private static final List<String> FALLBACK_ORDER = List.of("ru", "kk", "en");

    public static LocalizedText pick(Map<String, String> texts, String wanted) {
        if (texts != null) {
            if (hasText(texts.get(wanted))) {
                return new LocalizedText(texts.get(wanted), wanted, false);
            }
            for (String lang : FALLBACK_ORDER) {
                if (hasText(texts.get(lang))) {
                    return new LocalizedText(texts.get(lang), lang, true);
                }
            }
        }
        return new LocalizedText("", wanted, false);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
