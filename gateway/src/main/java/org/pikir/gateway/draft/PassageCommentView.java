package org.pikir.gateway.draft;

import java.util.List;

/**
 * A comment on an article as its page shows it: who and when, which passage and version it is about
 * ({@code about}, linked to the passage in that version), the words it quotes, whether that passage was revised or
 * removed since ({@code change}, with the comparison), and its first replies; {@code flagHref} reports it (null
 * when hidden or deleted), coming back to this article.
 */
public record PassageCommentView(long id, String anchor, String author, String body, String lang, String timeIso,
                                 String timeText, boolean pending, String hiddenReason, boolean deleted, String about,
                                 String aboutHref, String quote, String change, String changeHref,
                                 List<Reply> replies, String allRepliesHref, String allRepliesText, String replyHref,
                                 String flagHref) {

    /** A reply, as listed under its comment. */
    public record Reply(long id, String anchor, String author, String body, String lang, String timeIso,
                        String timeText, String hiddenReason, boolean deleted, int depth, String flagHref) {
    }
}
