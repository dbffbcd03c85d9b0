package org.pikir.feedback.analysis.suggest;

import java.util.List;
import java.util.Map;

import org.pikir.feedback.analysis.job.TextItem;

/**
 * A drafted theme with what the suggestion job stores besides the {@link DraftTheme}: each member's cosine similarity
 * to the centroid, the members' most common language and the centroid's heaviest stems (to find the nearest theme of
 * items written later).
 */
public record SuggestedTheme(List<String> terms, List<Member> members, List<TextItem> representatives,
                             String language, Map<String, Double> centroid) {

    /** An item of the theme and its similarity (0..1) to the theme's centroid. */
    public record Member(TextItem item, double score) {
    }

    public DraftTheme draft() {
        return new DraftTheme(terms, members.stream().map(Member::item).toList(), representatives);
    }
}
