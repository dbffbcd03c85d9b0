package org.pikir.feedback.moderation;

import org.pikir.feedback.common.Cursor;
import org.pikir.platform.web.InvalidParameterException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A keyset position in the moderation queue: the last item's (time, kind, id), and in {@code order=score} its spam
 * score too (null for an unscored item, which sorts last).
 */
record QueueCursor(boolean byScore, Float score, Cursor position) {

    String encode() {
        if (!byScore) {
            return position.encode();
        }
        String plain = "score:" + (score == null ? "" : Float.toString(score)) + ":" + position.encode();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor of the list in {@code byScore} order; a cursor of the other order is refused like any other. */
    static QueueCursor decode(String parameter, String value, boolean byScore) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!byScore) {
            return new QueueCursor(false, null, Cursor.decode(parameter, value));
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", 3);
            if (parts.length != 3 || !parts[0].equals("score")) {
                throw new IllegalArgumentException(value);
            }
            Float score = parts[1].isEmpty() ? null : Float.valueOf(parts[1]);
            return new QueueCursor(true, score, Cursor.decode(parameter, parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidParameterException(parameter, "is not a cursor from this list");
        }
    }
}
