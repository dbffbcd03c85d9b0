package org.pikir.gateway.draft;

import org.pikir.gateway.forum.LocalizedText;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One of the most discussed articles of a forum's drafts, for the report: the article named from its key ("Статья
 * 12", "12-бап"), its draft's title, its page and its counts in words.
 */
public record DiscussedArticle(String article, LocalizedText draftTitle, String href, String countsText) {

    private static final String ARTICLE_PREFIX = "article-";

    /** The report's most discussed articles that belong to a published draft of the forum, in the report's order. */
    public static List<DiscussedArticle> list(String slug, List<DraftSummaryResponse> drafts,
                                              List<DiscussedArticleResponse> discussed, String lang) {
        Map<Long, DraftSummaryResponse> byId = drafts.stream().filter(DraftSummaryResponse::published)
                .collect(Collectors.toMap(DraftSummaryResponse::id, Function.identity(), (a, b) -> a));
        DraftMessages drf = DraftReading.messages(lang);
        return discussed.stream()
                .filter(d -> byId.containsKey(d.draftId()) && DraftReading.possibleKey(d.article()))
                .map(d -> new DiscussedArticle(name(d.article(), drf), LocalizedText.pick(byId.get(d.draftId()).title(), lang),
                        DraftContext.pathOf(slug, d.draftId()) + "/articles/" + d.article(),
                        drf.counts(d.comments(), d.recommendations())))
                .toList();
    }

    /** "article-12-1" as "Article 12-1" in the visitor's language; another key as it is. */
    static String name(String key, DraftMessages drf) {
        return key.startsWith(ARTICLE_PREFIX) && key.length() > ARTICLE_PREFIX.length()
                ? drf.article_number(key.substring(ARTICLE_PREFIX.length())) : key;
    }
}
