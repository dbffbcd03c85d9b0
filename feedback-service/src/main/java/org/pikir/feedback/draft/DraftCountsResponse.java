package org.pikir.feedback.draft;

import java.util.List;

/**
 * How many listed comments (replies included) and recommendations each passage of a draft document has: only
 * passages with at least one, by key; {@code article} is the passage's article key (null for a part, chapter or
 * preamble). Items on the whole draft are not in the list.
 */
public record DraftCountsResponse(long draftId, List<PassageCount> passages) {

    public record PassageCount(String passage, String article, long comments, long recommendations) {
    }
}
