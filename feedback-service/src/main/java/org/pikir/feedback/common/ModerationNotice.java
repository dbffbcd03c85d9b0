package org.pikir.feedback.common;

/** What the public sees in place of a hidden item's text: that a moderator hid it, and why. */
public record ModerationNotice(boolean hidden, String reason) {

    public static ModerationNotice hiddenFor(String reason) {
        return new ModerationNotice(true, reason);
    }
}
