package org.pikir.gateway.forum;

/** The order of a forum's top-level comments: newest first (the default) or oldest first. */
public enum CommentOrder {
    NEWEST("newest"),
    OLDEST("oldest");

    private final String parameter;

    CommentOrder(String parameter) {
        this.parameter = parameter;
    }

    /** How feedback-service and the page addresses name it. */
    public String parameter() {
        return parameter;
    }

    /** The order a query parameter names; newest first for anything else. */
    static CommentOrder of(String value) {
        return OLDEST.parameter.equals(value) ? OLDEST : NEWEST;
    }
}
