package org.pikir.gateway.draft;

/** One of the most discussed articles in a forum's report: the draft, the article's key and its counts. */
public record DiscussedArticleResponse(long draftId, String article, long comments, long recommendations) {
}
