package org.pikir.feedback.draft;

/**
 * Where in a draft a comment or recommendation sits, as stored: the draft, the version its author read, the unit's
 * key and its article's key (both null on the whole draft; the article null for a part, chapter or preamble), and the
 * words quoted (null for none).
 */
public record PassageAnchor(long draftId, int draftVersion, String passageKey, String articleKey, String quote) {
}
