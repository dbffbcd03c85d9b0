package org.pikir.platform.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Citizen text as stored: Unicode NFC, no control characters but line breaks and tabs, trimmed. */
public final class PlainText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t\\u200c\\u200d]]");
    private static final Pattern LINE_ENDINGS = Pattern.compile("\\r\\n?");

    private PlainText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(LINE_ENDINGS.matcher(text).replaceAll("\n"), Normalizer.Form.NFC);
        return CONTROL.matcher(nfc).replaceAll("").strip();
    }
}
