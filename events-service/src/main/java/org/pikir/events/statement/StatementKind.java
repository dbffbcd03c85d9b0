package org.pikir.events.statement;

/** How the record knows what was said. */
public enum StatementKind {
    /** The speaker's own words, quoted. */
    QUOTE,
    /** What a source reports the speaker said, in indirect speech: not their words, shown without quotation marks. */
    REPORTED
}
