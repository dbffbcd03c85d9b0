package org.pikir.gateway.draft;

import org.pikir.gateway.forum.Notice;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.Form;

import java.util.List;

/**
 * An article's page: its units, the comment threads on it (a keyset page at a time), its recommendations (a page at
 * a time), and for a signed-in citizen while the consultation is open the two forms, each with the passages it may
 * be about and the article's text to quote from; {@code notice}: what the action that came back here left, if any.
 */
public record ArticleView(String key, String title, String path, List<UnitView> units, Threads threads,
                          Recommendations recommendations, Forms forms, Notice notice, String previousArticleHref,
                          String nextArticleHref, String draftHref) {

    /** The errors of the form sent, for the error summary (the other form has none). */
    public List<Form.FormError> errors() {
        List<Form.FormError> errors = new java.util.ArrayList<>();
        if (forms.comment() != null) {
            errors.addAll(forms.comment().errors());
        }
        if (forms.recommendation() != null) {
            errors.addAll(forms.recommendation().errors());
        }
        return errors;
    }

    /** The threads section: {@code shown} false when feedback-service is unavailable. */
    public record Threads(boolean shown, List<PassageCommentView> items, String totalText, String nextHref,
                          String startHref, boolean linkInvalid) {
    }

    public record Recommendations(boolean shown, List<PassageRecommendationView> items, long total,
                                  String previousHref, String nextHref) {
    }

    /**
     * The comment and recommendation forms (null each when not shown), where a signed-out visitor signs in to use
     * them, the passages to choose from, the article's text for quoting and where each passage is in it
     * ({@code key:start:end;…}, for the quoting script), the languages and the version the forms are about.
     */
    public record Forms(Form comment, Form recommendation, String signInHref, List<Choice> passages, String source,
                        String sourceRanges, List<Choice> languages, int version, String action) {
    }
}
