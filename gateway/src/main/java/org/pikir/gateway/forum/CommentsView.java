package org.pikir.gateway.forum;

import java.util.List;

/**
 * The comments section of a forum page: one page of threads, how many comments the forum has in all, the links
 * that switch between newest and oldest first, and the links to the next page of threads and back to the start.
 * {@code shown} is false when feedback-service could not be asked; {@code linkInvalid} when it refused the cursor
 * the address carried.
 */
public record CommentsView(boolean shown, boolean linkInvalid, List<CommentView> threads, long total, String totalText,
                           boolean oldestFirst, String newestHref, String oldestHref, String nextHref,
                           String startHref) {

    static CommentsView unavailable() {
        return new CommentsView(false, false, List.of(), 0, null, false, null, null, null, null);
    }

    static CommentsView invalidLink(String startHref) {
        return new CommentsView(true, true, List.of(), 0, null, false, null, null, null, startHref);
    }

    public boolean isEmpty() {
        return threads.isEmpty();
    }

    /** No comment at all yet, as opposed to none after the last page. */
    public boolean none() {
        return threads.isEmpty() && total == 0 && startHref == null;
    }

    boolean contains(long id) {
        return threads.stream().anyMatch(c -> c.contains(id));
    }
}
