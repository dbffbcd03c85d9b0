package org.pikir.gateway.forum;

import org.pikir.gateway.draft.PassageLink;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.Messages;
import org.pikir.gateway.web.Pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the comments a page shows from feedback-service's threads: each top-level comment with its listed replies
 * nested under the comment they answer, in the order they were written, at most {@link #MAX_DEPTH} replies deep.
 * A reply written deeper (through the API) is shown beside its parent, and the page offers no "reply" below that
 * depth. {@code place} is where these comments are listed, which their reply and report links come back to.
 */
final class CommentThreads {

    static final int MAX_DEPTH = 3;

    private final ForumView forum;
    private final ForumLabels labels;
    private final CommentPlace place;
    private final boolean signedIn;
    private final Long replyingTo;

    CommentThreads(ForumView forum, ForumLabels labels, CommentPlace place, boolean signedIn, Long replyingTo) {
        this.forum = forum;
        this.labels = labels;
        this.place = place;
        this.signedIn = signedIn;
        this.replyingTo = replyingTo;
    }

    /** A page of threads; a thread with more replies than listed links to its own page. */
    List<CommentView> threads(List<ThreadResponse> threads) {
        return threads.stream().filter(t -> t.id() != null).map(this::thread).toList();
    }

    private CommentView thread(ThreadResponse thread) {
        String allHref = null;
        String allText = null;
        if (thread.moreReplies() != null) {
            allHref = place.listing().inThread(thread.id(), null).href(forum.path()) + "#comments";
            allText = labels.allReplies(thread.replyCount());
        }
        return view(thread.comment(), 0, true, replies(thread.id(), thread.replies()), allHref, allText);
    }

    /** The top-level comment of a thread's page, with one page of its replies. */
    CommentView root(ThreadResponse thread, List<CommentView> replies) {
        return view(thread.comment(), 0, true, replies, null, null);
    }

    /**
     * The replies of thread {@code rootId}, nested; one whose parent is not among them (on an earlier page of the
     * thread) is shown as an answer to the top-level comment.
     */
    List<CommentView> replies(long rootId, List<ReplyResponse> replies) {
        Node root = new Node(null, 0, null);
        Map<Long, Node> listed = new HashMap<>();
        listed.put(rootId, root);
        for (ReplyResponse reply : replies) {
            if (reply.id() == null || listed.containsKey(reply.id())) {
                continue;
            }
            int depth = Math.max(1, Math.min(reply.depth(), MAX_DEPTH));
            Node parent = reply.parentId() == null ? root : listed.getOrDefault(reply.parentId(), root);
            while (parent.depth >= depth && parent.up != null) {
                parent = parent.up;
            }
            Node node = new Node(reply, parent.depth + 1, parent);
            parent.children.add(node);
            listed.put(reply.id(), node);
        }
        return root.children.stream().map(this::build).toList();
    }

    private CommentView build(Node node) {
        List<CommentView> replies = node.children.stream().map(this::build).toList();
        return view(node.reply.comment(), node.depth, node.reply.depth() < MAX_DEPTH, replies, null, null);
    }

    private CommentView view(CommentResponse comment, int depth, boolean deepEnough, List<CommentView> replies,
                             String allRepliesHref, String allRepliesText) {
        Messages messages = labels.messages();
        String about = null;
        String aboutHref = null;
        // on a thread's own page the statements and materials are on the forum page
        String anchorBase = place.onThreadPage() ? forum.path() + "#" : "#";
        Optional<StatementView> statement = forum.statement(comment.statementId());
        Optional<MaterialView> material = forum.material(comment.materialId());
        if (statement.isPresent()) {
            String speaker = statement.get().speakerName();
            about = messages.comment_on_statement(speaker == null ? messages.speaker_unknown() : speaker);
            aboutHref = anchorBase + statement.get().anchor();
        } else if (material.isPresent()) {
            about = messages.comment_on_material(material.get().title().text());
            aboutHref = anchorBase + material.get().anchor();
        } else if (comment.draftId() != null) {
            PassageLink passage = PassageLink.of(forum.slug(), comment.draftId(), comment.draftVersion(),
                    comment.article(), comment.passage(), labels.lang());
            about = passage == null ? null : passage.text();
            aboutHref = passage == null ? null : passage.href();
        }
        long id = comment.id();
        boolean shown = !comment.hidden() && !comment.deleted();
        String hiddenReason = comment.hidden()
                ? labels.moderationReason(comment.moderation() == null ? null : comment.moderation().reason())
                : null;
        String replyPath = place.href(forum.path(), "reply=" + id) + "#reply-form";
        boolean repliesAllowed = forum.consultation().open() && shown && depth < MAX_DEPTH && deepEnough;
        String replyHref = repliesAllowed ? (signedIn ? replyPath : Pages.signInUrl(replyPath)) : null;
        String flagHref = null;
        if (shown) {
            // a top-level comment is found again in its page of threads, a reply on a thread's page in its page of replies
            flagHref = FlagPages.pathOf(forum.slug(), "comment", id, depth == 0 ? place.listing() : place);
        }
        return new CommentView(id, comment.deleted() ? null : comment.authorName(), shown ? comment.body() : null,
                comment.language(), comment.createdAt() == null ? "" : comment.createdAt().toString(),
                DisplayFormats.dateTime(comment.createdAt(), forum.zone(), labels.lang()),
                "PENDING".equals(comment.status()), hiddenReason, comment.deleted(), about, aboutHref, depth,
                replies, replyHref, flagHref, replyingTo != null && replyingTo == id, allRepliesHref, allRepliesText,
                shown && comment.editedAt() != null ? comment.editedAt().toString() : null,
                shown && comment.editedAt() != null
                        ? DisplayFormats.dateTime(comment.editedAt(), forum.zone(), labels.lang()) : null);
    }

    /** A reply placed in the thread: at which depth it is shown and under which comment ({@code up}). */
    private static final class Node {

        final ReplyResponse reply;
        final int depth;
        final Node up;
        final List<Node> children = new ArrayList<>();

        Node(ReplyResponse reply, int depth, Node up) {
            this.reply = reply;
            this.depth = depth;
            this.up = up;
        }
    }
}
