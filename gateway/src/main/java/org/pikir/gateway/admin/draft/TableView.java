package org.pikir.gateway.admin.draft;

import org.pikir.gateway.admin.ForumRows;

import java.util.List;
import java.util.Map;

/**
 * The comparative table of a version as its editor shows it: one page of changed units, each with its wording
 * before and after, a justification per language and the accepted recommendations on its article to link.
 */
public record TableView(long draftId, String title, int number, Integer previousVersion, String language,
                        String href, List<VersionView.Link> languages, ForumRows.Listing<Row> rows,
                        String documentHref, String versionHref, String publicHref) {

    /** One changed unit and its form; {@code id} is its anchor and the prefix of its fields' ids. */
    public record Row(String key, String number, String changeLabel, String before, String after,
                      Map<String, String> justification, String action, List<Choice> recommendations,
                      boolean recommendationsUnavailable, String filledFrom) {

        public String id() {
            return "row-" + key;
        }

        /** Whether a recommendation's words can be put into the justification. */
        public boolean anyOffered() {
            return recommendations.stream().anyMatch(Choice::offered);
        }
    }

    /** An accepted recommendation (or one linked before) as a check box of a row, with the button to use its words. */
    public record Choice(long id, String title, String words, String proposedWording, boolean checked,
                         boolean offered) {
    }
}
