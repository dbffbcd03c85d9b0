package org.pikir.gateway.draft;

import org.pikir.gateway.forum.LocalizedText;

import java.time.ZoneId;
import java.util.List;

/**
 * What every public draft page shows around its content: the forum it belongs to, the draft's title, the
 * demonstration banner, the version read (of the published ones) and the language of the text shown, which is the
 * visitor's when the draft has a text in it.
 */
public record DraftContext(String slug, LocalizedText forumTitle, boolean consultationOpen, ZoneId zone,
                           DraftSummaryResponse draft, LocalizedText title, int version, DraftTextResponse text,
                           String textLang, boolean textInOtherLanguage, String textLanguageName) {

    /** A language the draft has a text in, and where something is shown in it. */
    public record LanguageLink(String code, String label, String href, boolean current) {
    }

    public String forumPath() {
        return "/forums/" + slug;
    }

    public String path() {
        return pathOf(slug, draft.id());
    }

    public static String pathOf(String slug, long draftId) {
        return "/forums/" + slug + "/drafts/" + draftId;
    }

    public long draftId() {
        return draft.id();
    }

    public boolean demonstration() {
        return draft.demonstration() || text.demonstration();
    }

    /** The newest published version. */
    public int current() {
        return draft.currentVersion();
    }

    public boolean currentVersion() {
        return version == current();
    }

    /** {@code ?v=} for a link that keeps the version read; empty for the newest. */
    public String versionQuery() {
        return currentVersion() ? "" : "?v=" + version;
    }

    public String articlePath(String articleKey) {
        return path() + "/articles/" + articleKey + versionQuery();
    }

    /** Versions 1 to the newest, newest first, for the version selector. */
    public List<Integer> versions() {
        return java.util.stream.IntStream.iterate(current(), n -> n >= 1, n -> n - 1).boxed().toList();
    }

    public boolean hasComparison() {
        return current() >= 2;
    }

    /** The comparison of the version read with the one before (or of the newest two when version 1 is read). */
    public String compareHref() {
        int to = version >= 2 ? version : current();
        return path() + "/compare?from=" + (to - 1) + "&to=" + to;
    }

    /** The comparative table of the version read (or of the newest, when version 1 is read). */
    public String tableHref() {
        return path() + "/versions/" + (version >= 2 ? version : current()) + "/table";
    }
}
