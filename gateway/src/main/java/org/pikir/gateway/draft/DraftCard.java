package org.pikir.gateway.draft;

import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.web.UiLanguage;

import java.util.List;
import java.util.stream.Collectors;

/** A published draft text as the forum page lists it: its title, its languages, whether it is a demonstration. */
public record DraftCard(long id, LocalizedText title, String languages, boolean demonstration, int version,
                        int articleCount, String href) {

    /** The forum's published drafts, in the order events-service lists them. */
    public static List<DraftCard> list(String slug, List<DraftSummaryResponse> drafts, String lang) {
        return drafts.stream()
                .filter(DraftSummaryResponse::published)
                .map(d -> new DraftCard(d.id(), LocalizedText.pick(d.title(), lang),
                        d.languages().stream().filter(UiLanguage::isSupported).map(UiLanguage::nativeName)
                                .collect(Collectors.joining(", ")),
                        d.demonstration(), d.currentVersion(), d.articleCount(), DraftContext.pathOf(slug, d.id())))
                .toList();
    }
}
