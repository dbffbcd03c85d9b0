package org.pikir.platform.text;

import java.util.List;

/** The languages Pikir publishes content in. */
public final class ContentLanguage {

    public static final List<String> CODES = List.of("kk", "ru", "en");
    /** Regular expression for a single language code field. */
    public static final String PATTERN = "kk|ru|en";

    private ContentLanguage() {
    }

    public static boolean isSupported(String code) {
        return CODES.contains(code);
    }
}
