package org.pikir.feedback.comment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.feedback.common.CursorPage;
import org.pikir.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event's comments as threads, a keyset page at a time. A page costs three statements whatever the event's size
 * and however deep into it the page is: its top-level comments from an index, the first replies of all of them in
 * one read, and the totals from the counters the database keeps.
 */
@ApplicationScoped
public class CommentThreads {

    /** How many replies a thread shows on a page of threads; the rest are read through its replies cursor. */
    static final int REPLIES_SHOWN = 20;

    private static final Comparator<Comment> WRITTEN = Comparator.comparing((Comment c) -> c.createdAt)
            .thenComparing(c -> c.id);

    private final CommentRepository comments;
    private final CommentsConfig config;

    public CommentThreads(CommentRepository comments, CommentsConfig config) {
        this.comments = comments;
        this.config = config;
    }

    public ThreadPageResponse page(String eventSlug, CommentTarget target, ThreadOrder order, String after, int size) {
        String list = ThreadCursor.threadsIn(order);
        CommentRepository.Position from = ThreadCursor.decode(after, list);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Comment> roots = comments.threads(eventSlug, target, order, from, size + 1);
            boolean more = roots.size() > size;
            List<Comment> shown = more ? roots.subList(0, size) : roots;
            Map<Long, List<Comment>> replies = new LinkedHashMap<>();
            shown.forEach(root -> replies.put(root.id, new ArrayList<>()));
            for (Comment reply : comments.firstReplies(replies.keySet(), REPLIES_SHOWN + 1)) {
                replies.get(reply.threadId).add(reply);
            }
            List<ThreadResponse> items = shown.stream().map(root -> thread(root, replies.get(root.id))).toList();
            CommentRepository.ThreadCounts counts = comments.counts(eventSlug, target);
            String next = more ? ThreadCursor.after(list, shown.get(size - 1)).encode() : null;
            return new ThreadPageResponse(items, next, counts.comments(), counts.threads());
        });
    }

    /** The listed replies of the thread under top-level comment {@code threadId}, oldest first; 404 for any other id. */
    public CursorPage<ReplyResponse> replies(long threadId, String after, int size) {
        String list = ThreadCursor.repliesOf(threadId);
        CommentRepository.Position from = ThreadCursor.decode(after, list);
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!comments.isListedThread(threadId)) {
                throw ProblemException.notFound("Comment thread", String.valueOf(threadId));
            }
            List<Comment> found = comments.replies(threadId, from, size + 1);
            boolean more = found.size() > size;
            List<Comment> shown = more ? found.subList(0, size) : found;
            String next = more ? ThreadCursor.after(list, shown.get(size - 1)).encode() : null;
            return new CursorPage<>(shown.stream().map(this::reply).toList(), next);
        });
    }

    private ThreadResponse thread(Comment root, List<Comment> replies) {
        replies.sort(WRITTEN);
        boolean more = replies.size() > REPLIES_SHOWN;
        List<Comment> shown = more ? replies.subList(0, REPLIES_SHOWN) : replies;
        String moreReplies = more
                ? ThreadCursor.after(ThreadCursor.repliesOf(root.id), shown.get(REPLIES_SHOWN - 1)).encode() : null;
        return ThreadResponse.from(root, shown.stream().map(this::reply).toList(), moreReplies);
    }

    private ReplyResponse reply(Comment reply) {
        return ReplyResponse.from(reply, config.maxReplyDepth());
    }
}
