package org.pikir.feedback.common;

/** The kinds of citizen item that can be flagged and moderated, and where each is stored. */
public enum ItemType {
    COMMENT("comment", "status"),
    RECOMMENDATION("recommendation", "visibility");

    private final String table;
    private final String visibilityColumn;

    ItemType(String table, String visibilityColumn) {
        this.table = table;
        this.visibilityColumn = visibilityColumn;
    }

    /** The table that holds items of this kind; also the audit log's name for the kind. */
    public String table() {
        return table;
    }

    /** The column holding the item's {@link Visibility}; the two tables name it differently. */
    public String visibilityColumn() {
        return visibilityColumn;
    }
}
