package org.pikir.gateway.web;

import java.util.List;

/** One page of a keyset-paginated staff list from feedback-service; {@code nextCursor} is null on the last page. */
public record CursorPage<T>(List<T> items, String nextCursor) {

    public CursorPage {
        items = items == null ? List.of() : items;
    }
}
