package org.pikir.feedback.analysis.theme;

import org.pikir.feedback.analysis.QuoteResponse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A theme of a forum's codebook as staff see it. {@code itemCount} counts confirmed tags, {@code suggestedCount} the
 * machine's unconfirmed ones; {@code terms} are a suggested theme's most distinctive words; {@code quotes} up to three
 * representative items the suggestion job chose; {@code response} the public official response, or null.
 */
public record ThemeResponse(long id, String eventSlug, ThemeStatus status, String origin, Map<String, String> name,
                            Map<String, String> description, List<String> terms, List<QuoteResponse> quotes,
                            long itemCount, long suggestedCount, Long mergedInto, Map<String, String> response,
                            Instant respondedAt, String respondedBy, Instant createdAt, Instant updatedAt, int version) {
}
