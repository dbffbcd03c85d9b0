package org.pikir.feedback.analysis;

import org.pikir.feedback.common.ItemType;

/**
 * A citizen's text quoted for a theme: the item it comes from, its language and its text; for a comment, the first
 * comment of its thread ({@code threadId}, its own id when it is not a reply), whose page shows it.
 */
public record QuoteResponse(ItemType type, long id, String language, String text, Long threadId) {
}
