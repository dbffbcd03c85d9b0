package org.pikir.gateway.forum;

import java.util.List;

/**
 * A thread's own page: its top-level comment ({@code root}, null when it could not be found again in the page of
 * threads the link came from) with one page of its replies, how many replies it has, and the links to the next page
 * of replies, back to the first and back to the forum's comments. {@code linkInvalid} when feedback-service refused
 * the cursor the address carried.
 */
public record ThreadView(long id, CommentView root, List<CommentView> replies, String countText, String nextHref,
                         String startHref, String backHref, boolean linkInvalid) {

    /** What the page lists: the top-level comment with its replies under it, or the replies alone. */
    public List<CommentView> comments() {
        return root != null ? List.of(root) : replies;
    }

    boolean contains(long wanted) {
        return comments().stream().anyMatch(c -> c.contains(wanted));
    }
}
