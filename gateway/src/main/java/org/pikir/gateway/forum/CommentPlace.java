package org.pikir.gateway.forum;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where comments are read: a page of a forum's threads (in an order, after a cursor), or, with {@code thread}, a
 * page of that thread's replies on its own page (which came from that page of threads). Links and forms carry it
 * ({@code corder}, {@code cafter}, {@code thread}, {@code rafter}), so replying, reporting and "show more" come back
 * to the same comments without JavaScript. Cursors are feedback-service's and opaque; one that does not look like
 * a cursor is dropped, which starts the list from the beginning.
 */
public record CommentPlace(CommentOrder order, String after, Long thread, String repliesAfter) {

    static final String ORDER = "corder";
    static final String AFTER = "cafter";
    static final String THREAD = "thread";
    static final String REPLIES_AFTER = "rafter";
    /** The newest comments of a forum: its page without parameters. */
    static final CommentPlace FIRST = new CommentPlace(CommentOrder.NEWEST, null, null, null);

    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9._~:+/=-]{1,200}");

    static CommentPlace of(String order, String after, String thread, String repliesAfter) {
        Long root = ForumPages.id(thread);
        return new CommentPlace(CommentOrder.of(order), cursor(after), root, root == null ? null : cursor(repliesAfter));
    }

    /** The page of threads this place is, or the thread's page came from. */
    CommentPlace listing() {
        return new CommentPlace(order, after, null, null);
    }

    /** Thread {@code id}'s page, its replies from {@code repliesAfter} on (null: the first). */
    CommentPlace inThread(long id, String repliesAfter) {
        return new CommentPlace(order, after, id, cursor(repliesAfter));
    }

    /** The next page of threads in this order. */
    CommentPlace nextThreads(String cursor) {
        return new CommentPlace(order, cursor(cursor), null, null);
    }

    boolean onThreadPage() {
        return thread != null;
    }

    /** The address of the page this place is on, with its parameters. */
    String href(String forumPath) {
        String base = thread == null ? forumPath : CommentPages.pathOf(forumPath, thread);
        String query = query(false);
        return query.isEmpty() ? base : base + "?" + query;
    }

    /** The same address with one more query parameter, such as {@code reply=12}. */
    String href(String forumPath, String parameter) {
        String href = href(forumPath);
        return href + (href.contains("?") ? "&" : "?") + parameter;
    }

    /** The parameters that take this place to another page (a flag form), thread included; empty for {@link #FIRST}. */
    public String query() {
        return query(true);
    }

    /** The same as hidden form fields. */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        if (order == CommentOrder.OLDEST) {
            fields.add(new Field(ORDER, order.parameter()));
        }
        if (after != null) {
            fields.add(new Field(AFTER, after));
        }
        if (thread != null) {
            fields.add(new Field(THREAD, thread.toString()));
            if (repliesAfter != null) {
                fields.add(new Field(REPLIES_AFTER, repliesAfter));
            }
        }
        return fields;
    }

    private String query(boolean withThread) {
        return String.join("&", fields().stream()
                .filter(f -> withThread || !f.name().equals(THREAD))
                .map(f -> f.name() + "=" + URLEncoder.encode(f.value(), StandardCharsets.UTF_8))
                .toList());
    }

    private static String cursor(String value) {
        return value != null && CURSOR.matcher(value).matches() ? value : null;
    }

    /** A hidden form field. */
    public record Field(String name, String value) {
    }
}
