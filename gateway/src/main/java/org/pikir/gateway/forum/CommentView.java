package org.pikir.gateway.forum;

import java.util.List;

/**
 * A comment under a forum: who, when, in which language, what it is about when it cites a statement
 * or material ({@code about} null otherwise), and its replies. A comment hidden by a moderator shows
 * the reason ({@code hiddenReason}) instead of its text; one its author deleted ({@code deleted})
 * shows neither text nor name. {@code replyHref} and {@code flagHref} are
 * null where the comment cannot be replied to or flagged; {@code replying} marks the comment the
 * reply form is shown under. A thread with more replies than are listed links to its own page
 * ({@code allRepliesHref}, null otherwise). {@code editedText} says when its author last changed it (null: never).
 */
public record CommentView(long id, String author, String body, String lang, String timeIso, String timeText,
                          boolean pending, String hiddenReason, boolean deleted, String about, String aboutHref,
                          int depth, List<CommentView> replies, String replyHref, String flagHref, boolean replying,
                          String allRepliesHref, String allRepliesText, String editedIso, String editedText) {

    public String anchor() {
        return "comment-" + id;
    }

    public boolean hidden() {
        return hiddenReason != null;
    }

    /** Whether this comment, or one of its replies, is the one with {@code id}. */
    boolean contains(long wanted) {
        return id == wanted || replies.stream().anyMatch(r -> r.contains(wanted));
    }
}
