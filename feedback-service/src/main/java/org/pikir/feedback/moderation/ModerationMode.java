package org.pikir.feedback.moderation;

/** Whether an event's new items wait for a moderator (PRE) or appear at once and are moderated afterwards (POST). */
public enum ModerationMode {
    PRE,
    POST
}
