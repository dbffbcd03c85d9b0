package org.pikir.gateway.forum;

/** A comment under a forum: who, when, in which language, and whether it still waits for moderation. */
public record CommentView(String author, String body, String lang, String timeIso, String timeText, boolean pending) {
}
