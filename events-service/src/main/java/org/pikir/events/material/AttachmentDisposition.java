package org.pikir.events.material;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for any file name: RFC 6266 {@code filename*} in UTF-8 for
 * Kazakh and Russian names, and a plain ASCII {@code filename} for clients that predate it.
 */
final class AttachmentDisposition {

    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";

    private AttachmentDisposition() {
    }

    static String of(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    /** RFC 8187 value encoding: attr-chars stay, every other UTF-8 byte is percent-encoded. */
    static String encoded(String fileName) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String asciiFallback(String fileName) {
        StringBuilder out = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return out.toString();
    }
}
