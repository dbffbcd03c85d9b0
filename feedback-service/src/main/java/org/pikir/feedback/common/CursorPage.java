package org.pikir.feedback.common;

import java.util.List;

/** One page of a keyset-paginated list; {@code nextCursor} is null on the last page. */
public record CursorPage<T>(List<T> items, String nextCursor) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
}
