package org.pikir.gateway.forum;

import java.util.List;

/**
 * One keyset page of a forum's comment threads; {@code nextCursor} is null on the last page. The totals count
 * every listed thread and every listed comment in them, replies included, not only those on this page.
 */
public record ThreadPageResponse(List<ThreadResponse> items, String nextCursor, long totalComments, long totalThreads) {

    public ThreadPageResponse {
        items = items == null ? List.of() : items;
    }
}
