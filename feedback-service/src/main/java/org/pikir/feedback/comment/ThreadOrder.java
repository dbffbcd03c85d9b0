package org.pikir.feedback.comment;

/** Which threads a page starts with: the newest top-level comments or the oldest. */
public enum ThreadOrder { NEWEST, OLDEST }
