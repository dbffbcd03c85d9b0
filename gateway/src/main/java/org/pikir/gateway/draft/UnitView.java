package org.pikir.gateway.draft;

/**
 * One unit of a draft as a page shows it: a heading (part, chapter, article: {@code level} is its HTML heading
 * level) or a paragraph, with its anchor ({@code key}), the address that links to it ({@code selfHref}) and, for an
 * article, its own page and its counts.
 */
public record UnitView(String key, String kind, String number, String heading, String text, int depth, int level,
                       String selfHref, String selfLabel, String articleHref, Counts counts) {

    public boolean isHeading() {
        return level > 0;
    }

    public boolean isArticle() {
        return "ARTICLE".equals(kind);
    }

    /** Number and heading as one line: "Статья 12. Право на…". */
    public String title() {
        return DraftUnits.label(number, heading);
    }

    public String cssKind() {
        return kind == null ? "text" : kind.toLowerCase(java.util.Locale.ROOT);
    }
}
