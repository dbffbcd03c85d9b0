package org.pikir.gateway.report;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.pikir.gateway.forum.CodeLabels;
import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.web.DisplayFormats;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * "You said, we did" in one language: each accepted theme with its counts, quotes of published items linked to where
 * they stand, the official response (or that it is pending) and what became of its recommendations; and how many
 * submissions came in campaigns of near-identical texts ({@code campaignsText} null when none did).
 */
public record YouSaidWeDid(List<Theme> themes, String campaignsText) {

    /** The order the review statuses are read out in, from decided to not yet looked at. */
    static final List<String> DISPOSITIONS = List.of("ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED", "MERGED",
            "UNDER_REVIEW", "SUBMITTED");

    /** One theme; a text shown in another language than the page's says so with its {@code lang}. */
    public record Theme(String anchor, LocalizedText name, LocalizedText description, String countsText,
                        List<Quote> quotes, LocalizedText response, String respondedText, List<Disposition> dispositions) {
    }

    public record Quote(String text, String lang, String href, String linkText) {
    }

    public record Disposition(String label, long count) {
    }

    static YouSaidWeDid of(EventReport report, ZoneId zone, String lang) {
        YouSaidMessages ysd = messages(lang);
        String forumPath = "/forums/" + report.eventSlug();
        List<Theme> themes = report.themes().stream().map(t -> theme(t, forumPath, zone, lang, ysd)).toList();
        EventReport.CampaignFigures campaigns = report.campaigns();
        return new YouSaidWeDid(themes,
                campaigns.groups() == 0 ? null : ysd.campaigns(campaigns.submissions(), campaigns.groups()));
    }

    private static Theme theme(EventReport.ThemeFigures theme, String forumPath, ZoneId zone, String lang,
                               YouSaidMessages ysd) {
        List<Quote> quotes = theme.quotes().stream().map(q -> "RECOMMENDATION".equals(q.type())
                        ? new Quote(q.text(), q.language(), forumPath + "#recommendation-" + q.id(), ysd.quote_recommendation())
                        : new Quote(q.text(), q.language(), q.commentPath(forumPath), ysd.quote_comment()))
                .toList();
        LocalizedText response = LocalizedText.pick(theme.response(), lang);
        Map<String, Long> counts = theme.dispositions();
        List<Disposition> dispositions = DISPOSITIONS.stream()
                .filter(status -> counts.getOrDefault(status, 0L) > 0)
                .map(status -> new Disposition(CodeLabels.status(status, lang), counts.get(status)))
                .toList();
        return new Theme("theme-" + theme.id(), LocalizedText.pick(theme.name(), lang),
                LocalizedText.pick(theme.description(), lang),
                ysd.theme_counts(theme.comments(), theme.recommendations()), quotes,
                response.isEmpty() ? null : response,
                response.isEmpty() || theme.respondedAt() == null ? null
                        : ysd.responded_at(DisplayFormats.date(theme.respondedAt(), zone, lang)),
                dispositions);
    }

    public boolean isEmpty() {
        return themes.isEmpty();
    }

    public static YouSaidMessages messages(String lang) {
        return MessageBundles.get(YouSaidMessages.class, Localized.Literal.of(lang));
    }
}
