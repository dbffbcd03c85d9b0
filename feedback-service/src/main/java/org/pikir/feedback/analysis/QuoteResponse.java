package org.pikir.feedback.analysis;

import org.pikir.feedback.common.ItemType;

/** A citizen's text quoted for a theme: the item it comes from, its language and its text. */
public record QuoteResponse(ItemType type, long id, String language, String text) {
}
