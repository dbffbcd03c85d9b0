package org.pikir.feedback.comment;

public enum CommentStatus {
    PENDING,
    PUBLISHED,
    HIDDEN,
    REJECTED,
    DELETED
}
