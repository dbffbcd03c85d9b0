package org.pikir.feedback.analysis.theme;

import org.pikir.feedback.analysis.QuoteResponse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An accepted theme in the public report ("you said, we did"): its listed items tagged by staff ({@code comments} +
 * {@code recommendations} = {@code itemCount}), up to three published quotes, the official response (null until
 * given) and the review status of its recommendations ({@code dispositions}, every status present).
 */
public record ReportedTheme(long id, Map<String, String> name, Map<String, String> description, long itemCount,
                            long comments, long recommendations, Map<String, String> response, Instant respondedAt,
                            List<QuoteResponse> quotes, Map<String, Long> dispositions) {

    /** Near-identical comment campaigns of a forum: how many groups, and how many submissions they hold. */
    public record Campaigns(long groups, long submissions) {
    }
}
