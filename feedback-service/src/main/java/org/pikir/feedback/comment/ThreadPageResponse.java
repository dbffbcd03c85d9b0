package org.pikir.feedback.comment;

import java.util.List;

/**
 * One keyset page of an event's threads; {@code nextCursor} is null on the last page. The totals count every listed
 * thread of the event (or statement, or material) and every listed comment in them, replies included.
 */
public record ThreadPageResponse(List<ThreadResponse> items, String nextCursor, long totalComments, long totalThreads) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 50;
}
