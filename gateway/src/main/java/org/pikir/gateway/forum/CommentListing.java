package org.pikir.gateway.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads comments a page at a time, as feedback-service pages them (keyset cursors, so a forum of any size costs one
 * call per page): a forum page's threads, a thread page's replies, and one comment found again where a link says it
 * is listed, for the report form. Following "show more" links reaches every comment.
 */
@ApplicationScoped
public class CommentListing {

    static final int THREADS_PER_PAGE = 20;
    static final int REPLIES_PER_PAGE = 50;

    private final FeedbackClient feedback;

    public CommentListing(FeedbackClient feedback) {
        this.feedback = feedback;
    }

    /** The comments section of a forum page: the page of threads {@code place} names. */
    CommentsView section(ForumView forum, CommentPlace place, ForumLabels labels, boolean signedIn, Long replyingTo) {
        CommentPlace listing = place.listing();
        ServiceAnswer<ThreadPageResponse> answer;
        try {
            answer = feedback.threads(forum.slug(), listing.order(), listing.after(), THREADS_PER_PAGE);
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // the forum is still worth reading while comments are unavailable
            return CommentsView.unavailable();
        }
        String start = startOf(forum, listing.order());
        if (answer instanceof ServiceAnswer.Refused<ThreadPageResponse> refused) {
            return refused.status() == 400 && listing.after() != null
                    ? CommentsView.invalidLink(start) : CommentsView.unavailable();
        }
        ThreadPageResponse page = ((ServiceAnswer.Done<ThreadPageResponse>) answer).value();
        List<CommentView> threads = new CommentThreads(forum, labels, listing, signedIn, replyingTo).threads(page.items());
        String next = page.nextCursor() == null ? null : listing.nextThreads(page.nextCursor()).href(forum.path()) + "#comments";
        return new CommentsView(true, false, threads, page.totalComments(), labels.commentCount(page.totalComments()),
                listing.order() == CommentOrder.OLDEST, startOf(forum, CommentOrder.NEWEST),
                startOf(forum, CommentOrder.OLDEST), next, listing.after() == null ? null : start);
    }

    /**
     * A thread's own page: the replies {@code place} names (404 when feedback-service lists no such thread), under
     * the top-level comment found again in the page of threads the link came from.
     */
    ThreadView thread(ForumView forum, CommentPlace place, ForumLabels labels, boolean signedIn, Long replyingTo) {
        long id = place.thread();
        CommentThreads threads = new CommentThreads(forum, labels, place, signedIn, replyingTo);
        String first = place.inThread(id, null).href(forum.path()) + "#comments";
        String back = place.listing().href(forum.path()) + "#comment-" + id;
        ServiceAnswer<CursorPage<ReplyResponse>> answer = feedback.replies(id, place.repliesAfter(), REPLIES_PER_PAGE);
        boolean linkInvalid = answer instanceof ServiceAnswer.Refused<CursorPage<ReplyResponse>> refused
                && refused.status() == 400 && place.repliesAfter() != null;
        if (answer instanceof ServiceAnswer.Refused<CursorPage<ReplyResponse>> refused && !linkInvalid) {
            throw new PageNotFoundException("feedback-service lists no thread " + id + ": " + refused.status());
        }
        Optional<ThreadResponse> root = root(forum, place);
        if (linkInvalid) {
            return new ThreadView(id, root.map(r -> threads.root(r, List.of())).orElse(null), List.of(),
                    root.map(r -> labels.replyCount(r.replyCount())).orElse(null), null, first, back, true);
        }
        CursorPage<ReplyResponse> page = ((ServiceAnswer.Done<CursorPage<ReplyResponse>>) answer).value();
        List<CommentView> replies = threads.replies(id, page.items());
        String next = page.nextCursor() == null ? null : place.inThread(id, page.nextCursor()).href(forum.path()) + "#comments";
        return new ThreadView(id, root.map(r -> threads.root(r, replies)).orElse(null), replies,
                root.map(r -> labels.replyCount(r.replyCount())).orElse(null), next,
                place.repliesAfter() == null ? null : first, back, false);
    }

    /** Comment {@code id} where {@code place} lists it (a page of threads, or of a thread's replies); empty when it is not there. */
    Optional<CommentResponse> find(ForumView forum, long id, CommentPlace place) {
        if (place.thread() != null && place.thread() != id) {
            return feedback.replies(place.thread(), place.repliesAfter(), REPLIES_PER_PAGE)
                    instanceof ServiceAnswer.Done<CursorPage<ReplyResponse>> done
                    ? done.value().items().stream().filter(r -> r.id() != null && r.id() == id).findFirst()
                            .map(ReplyResponse::comment)
                    : Optional.empty();
        }
        CommentPlace listing = place.listing();
        return feedback.threads(forum.slug(), listing.order(), listing.after(), THREADS_PER_PAGE)
                instanceof ServiceAnswer.Done<ThreadPageResponse> done ? find(done.value(), id) : Optional.empty();
    }

    /** Comment {@code id} among a page of threads and the replies listed under them. */
    public static Optional<CommentResponse> find(ThreadPageResponse page, long id) {
        return page.items().stream()
                .flatMap(t -> Stream.concat(Stream.of(t.comment()), t.replies().stream().map(ReplyResponse::comment)))
                .filter(c -> c.id() != null && c.id() == id)
                .findFirst();
    }

    /** The thread's top-level comment, from the page of threads the thread's link came from; empty when not there (any more). */
    private Optional<ThreadResponse> root(ForumView forum, CommentPlace place) {
        CommentPlace listing = place.listing();
        try {
            return feedback.threads(forum.slug(), listing.order(), listing.after(), THREADS_PER_PAGE)
                    instanceof ServiceAnswer.Done<ThreadPageResponse> done
                    ? done.value().items().stream().filter(t -> t.id() != null && t.id().equals(place.thread())).findFirst()
                    : Optional.empty();
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // the replies are still worth reading without the comment they answer
            return Optional.empty();
        }
    }

    private static String startOf(ForumView forum, CommentOrder order) {
        return forum.path() + (order == CommentOrder.OLDEST ? "?" + CommentPlace.ORDER + "=" + order.parameter() : "")
                + "#comments";
    }
}
