package org.pikir.feedback.moderation;

/** Why a moderator hid or rejected an item; shown publicly in place of a hidden item's text. */
public enum ModerationReason {
    SPAM,
    ABUSE,
    OFF_TOPIC,
    PERSONAL_DATA,
    ILLEGAL,
    DUPLICATE,
    OTHER
}
