package org.pikir.events.draft;

/** The structural units of a legal text, from the largest to the smallest; {@code TEXT} is unnumbered. */
public enum UnitKind {
    PART,
    CHAPTER,
    ARTICLE,
    PARAGRAPH,
    SUBPOINT,
    TEXT
}
