package org.pikir.feedback.recommendation;

import org.pikir.platform.web.InvalidParameterException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A keyset position in a list of groups, largest first (recommendation groups, comment campaigns): the size and id of
 * the last group a client saw.
 */
public record GroupCursor(int memberCount, long id) {

    public String encode() {
        String plain = memberCount + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor given back by a client; null stays null, anything unreadable is a 400 naming the parameter. */
    public static GroupCursor decode(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8)
                    .split(":", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException(value);
            }
            return new GroupCursor(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidParameterException(parameter, "is not a cursor from this list");
        }
    }
}
