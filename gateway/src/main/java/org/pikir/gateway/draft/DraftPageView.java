package org.pikir.gateway.draft;

import java.util.List;

/**
 * The draft page's content: the table of contents of every article with its counts, the units of this page's
 * articles, and the links to the other pages.
 */
public record DraftPageView(List<TocEntry> toc, List<UnitView> units, List<PageLink> pages, String previousHref,
                            String nextHref, int page, int pageCount, boolean countsShown) {

    /** A part, chapter or article in the table of contents, linked to where it is, with the article's counts. */
    public record TocEntry(String label, String href, int depth, boolean article, Counts counts) {
    }

    public record PageLink(int number, String href, boolean current) {
    }
}
