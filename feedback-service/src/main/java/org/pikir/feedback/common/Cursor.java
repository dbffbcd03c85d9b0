package org.pikir.feedback.common;

import org.pikir.platform.web.InvalidParameterException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset position: the (time, id) of the last row a client saw, plus the item kind when one list
 * mixes kinds. Opaque to clients, so its layout can change without breaking them.
 */
public record Cursor(Instant at, ItemType type, long id) {

    public static Cursor of(Instant at, long id) {
        return new Cursor(at, null, id);
    }

    public String encode() {
        String plain = at.getEpochSecond() + "." + at.getNano() + ":" + (type == null ? "" : type.name()) + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor given back by a client; null stays null, anything unreadable is a 400 naming the parameter. */
    public static Cursor decode(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8)
                    .split(":", -1);
            String[] time = parts[0].split("\\.", -1);
            if (parts.length != 3 || time.length != 2) {
                throw new IllegalArgumentException(value);
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1]));
            ItemType type = parts[1].isEmpty() ? null : ItemType.valueOf(parts[1]);
            return new Cursor(at, type, Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidParameterException(parameter, "is not a cursor from this list");
        }
    }
}
