package org.pikir.feedback.analysis.suggest;

import java.util.List;

import org.pikir.feedback.analysis.job.TextItem;

/**
 * A theme drafted by {@link ThemeSuggester}: its most distinctive terms (surface words, most distinctive first), the
 * items assigned to it (nearest its centroid first) and up to three representative items.
 */
public record DraftTheme(List<String> terms, List<TextItem> members, List<TextItem> representatives) {
}
