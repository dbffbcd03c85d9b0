package org.pikir.gateway.draft;

import java.util.List;

/** One keyset page of the comment threads on a passage or an article; {@code nextCursor} is null on the last. */
public record PassageThreadPageResponse(List<PassageThreadResponse> items, String nextCursor, long totalComments,
                                        long totalThreads) {

    public PassageThreadPageResponse {
        items = items == null ? List.of() : items;
    }
}
