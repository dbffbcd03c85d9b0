package org.pikir.feedback.comment;

import org.pikir.platform.web.InvalidParameterException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where the next page of threads, or of one thread's replies, starts: the time and id of the last comment a client
 * saw, with the list it came from (threads in one order, or the replies of one thread), so a cursor given back to
 * another list is refused instead of silently skipping comments. Opaque to clients.
 */
record ThreadCursor(String list, CommentRepository.Position position) {

    static final String PARAMETER = "after";

    /** The name of the list of an event's threads in this order. */
    static String threadsIn(ThreadOrder order) {
        return order.name();
    }

    /** The name of the list of one thread's replies. */
    static String repliesOf(long threadId) {
        return "R" + threadId;
    }

    /** The cursor of the comments that come after {@code last} in the list named {@code list}. */
    static ThreadCursor after(String list, Comment last) {
        return new ThreadCursor(list, new CommentRepository.Position(last.createdAt, last.id));
    }

    String encode() {
        Instant at = position.at();
        String plain = list + ":" + at.getEpochSecond() + "." + at.getNano() + ":" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position in the list named {@code list} that {@code value} gives; null stays null; anything else is a 400. */
    static CommentRepository.Position decode(String value, String list) {
        if (value == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8)
                    .split(":", -1);
            if (parts.length != 3 || !parts[0].equals(list)) {
                throw new IllegalArgumentException(value);
            }
            String[] time = parts[1].split("\\.", -1);
            if (time.length != 2) {
                throw new IllegalArgumentException(value);
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1]));
            return new CommentRepository.Position(at, Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidParameterException(PARAMETER, "is not a cursor from this list");
        }
    }
}
