package org.pikir.gateway.forum;

/**
 * A comment under a forum: who, when, in which language, whether it still waits for moderation, and
 * what it is about when it cites a statement or material ({@code about} null otherwise).
 */
public record CommentView(String author, String body, String lang, String timeIso, String timeText, boolean pending,
                          String about, String aboutHref) {
}
