package org.pikir.feedback.flag;

/** Why a citizen thinks an item breaks the rules. */
public enum FlagReason {
    SPAM,
    ABUSE,
    OFF_TOPIC,
    PERSONAL_DATA,
    ILLEGAL,
    OTHER
}
