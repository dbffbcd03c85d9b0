package org.pikir.gateway.draft;

/**
 * What a comment on a draft is about, where it is listed without its article (the forum page, a thread's page): the
 * article in words and the link to it in the version the comment was made on, at the passage.
 */
public record PassageLink(String text, String href) {

    /** Null for a comment that is not about a passage of a draft. */
    public static PassageLink of(String slug, Long draftId, Integer version, String article, String passage,
                                 String lang) {
        if (draftId == null || !DraftReading.possibleKey(article)) {
            return null;
        }
        DraftMessages drf = DraftReading.messages(lang);
        String anchor = DraftReading.possibleKey(passage) ? "#" + passage : "";
        return new PassageLink(drf.comment_on_draft_article(DiscussedArticle.name(article, drf)),
                DraftContext.pathOf(slug, draftId) + "/articles/" + article
                        + (version == null || version < 1 ? "" : "?v=" + version) + anchor);
    }
}
