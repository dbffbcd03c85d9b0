package org.pikir.gateway.forum;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Arranges a forum's comments into threads: the comments that answer no listed comment first,
 * newest first, each followed by its replies in the order they were written. Threads are at most
 * {@link #MAX_DEPTH} replies deep; a reply written deeper (through the API) is shown at that depth,
 * and the page offers no "reply" below it.
 */
final class CommentThreads {

    static final int MAX_DEPTH = 3;

    private CommentThreads() {
    }

    /**
     * @param comments newest first, as feedback-service lists them
     * @param view     makes the view of one comment at a depth, given its replies' views
     */
    static List<CommentView> of(List<CommentResponse> comments, BiFunction<Node, List<CommentView>, CommentView> view) {
        Map<Long, CommentResponse> byId = new LinkedHashMap<>();
        comments.forEach(c -> byId.putIfAbsent(c.id(), c));
        Map<Long, List<CommentResponse>> children = new HashMap<>();
        List<CommentResponse> roots = new ArrayList<>();
        for (CommentResponse comment : byId.values()) {
            Long shownUnder = comment.parentId() == null ? null : shownUnder(comment, byId);
            if (shownUnder == null) {
                roots.add(comment);
            } else {
                children.computeIfAbsent(shownUnder, k -> new ArrayList<>()).add(comment);
            }
        }
        Comparator<CommentResponse> oldestFirst = Comparator.comparing(CommentResponse::createdAt,
                Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).thenComparing(CommentResponse::id);
        children.values().forEach(list -> list.sort(oldestFirst));
        return roots.stream().map(root -> build(root, 0, children, view)).toList();
    }

    /** The comment a reply is shown under: its parent, or the deepest ancestor that still allows replies. */
    private static Long shownUnder(CommentResponse comment, Map<Long, CommentResponse> byId) {
        List<Long> ancestors = new ArrayList<>();
        Long next = comment.parentId();
        while (next != null && byId.containsKey(next) && !ancestors.contains(next)) {
            ancestors.add(next);
            next = byId.get(next).parentId();
        }
        if (ancestors.isEmpty()) {
            // its parent is not listed (rejected, or beyond the first page): shown as a thread of its own
            return null;
        }
        // ancestors.get(0) is the parent at depth ancestors.size() - 1
        int overflow = ancestors.size() - MAX_DEPTH;
        return overflow > 0 ? ancestors.get(overflow) : ancestors.get(0);
    }

    private static CommentView build(CommentResponse comment, int depth, Map<Long, List<CommentResponse>> children,
                                     BiFunction<Node, List<CommentView>, CommentView> view) {
        List<CommentView> replies = children.getOrDefault(comment.id(), List.of()).stream()
                .map(child -> build(child, depth + 1, children, view))
                .toList();
        return view.apply(new Node(comment, depth), replies);
    }

    record Node(CommentResponse comment, int depth) {

        boolean repliesAllowed() {
            return depth < MAX_DEPTH && !comment.hidden() && !comment.deleted();
        }
    }
}
