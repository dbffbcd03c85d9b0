package org.pikir.gateway.admin.analysis;

import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.web.DisplayFormats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How the analysis pages show what feedback-service answers: themes, quotes, the dashboard and jobs. */
final class AnalysisViews {

    private AnalysisViews() {
    }

    /** A representative text, in its own language. */
    public record QuoteView(String text, String lang, String typeLabel) {
    }

    /** A theme of the codebook with its counts, terms and quotes and where its actions go. */
    public record ThemeView(long id, String href, String name, String nameLang, String description, String status,
                            String statusLabel, boolean accepted, boolean suggested, String terms,
                            List<QuoteView> quotes, String counts, String itemsHref, boolean responded) {
    }

    /** One line of the dashboard: a language or a source, how many items and how many are analysed. */
    public record CountRow(String label, String total, String analysed, int percent) {
    }

    public record DashboardView(String total, String analysed, int percent, String shareText, String noTheme,
                                String suggestedOnly, List<CountRow> byLanguage, List<CountRow> bySource) {
    }

    /** A background job: the progress bar's value and words, its outcome, and whether it may still be cancelled. */
    public record JobView(long id, String href, String kindLabel, String status, String statusLabel, boolean running,
                          int progress,
                          String progressText, String message, String requestedBy, String createdText,
                          String finishedText, String cancelAction, boolean succeeded, String resultHref) {
    }

    static ThemeView theme(ThemeResponse theme, AnalysedForum forum) {
        AnalysisMessages ana = forum.ana();
        long id = theme.id() == null ? 0 : theme.id();
        LocalizedText name = LocalizedText.pick(theme.name(), forum.lang());
        return new ThemeView(id, forum.themeHref(id), name.text().isEmpty() ? "#" + id : name.text(), name.lang(),
                LocalizedText.pick(theme.description(), forum.lang()).text(), theme.status(),
                statusLabel(theme.status(), ana), theme.accepted(), theme.suggested(), String.join(", ", theme.terms()),
                theme.quotes().stream().map(q -> quote(q, ana)).toList(),
                ana.theme_counts(AnalysisConsole.number(theme.itemCount(), forum.lang()),
                        AnalysisConsole.number(theme.suggestedCount(), forum.lang())),
                forum.itemsHref() + "?theme=" + id, theme.response() != null && !theme.response().isEmpty());
    }

    static QuoteView quote(ThemeResponse.Quote quote, AnalysisMessages ana) {
        return new QuoteView(quote.text(), quote.language(), typeLabel(quote.type(), ana));
    }

    static String typeLabel(String type, AnalysisMessages ana) {
        return "RECOMMENDATION".equals(type) ? ana.type_recommendation() : ana.type_comment();
    }

    static String statusLabel(String status, AnalysisMessages ana) {
        return switch (status == null ? "" : status) {
            case "ACCEPTED" -> ana.theme_status_accepted();
            case "SUGGESTED" -> ana.theme_status_suggested();
            case "DISCARDED" -> ana.theme_status_discarded();
            case "MERGED" -> ana.theme_status_merged();
            default -> status;
        };
    }

    static String visibilityLabel(String status, AnalysisMessages ana) {
        return switch (status == null ? "" : status) {
            case "PENDING" -> ana.visibility_pending();
            case "PUBLISHED" -> ana.visibility_published();
            case "HIDDEN" -> ana.visibility_hidden();
            case "REJECTED" -> ana.visibility_rejected();
            default -> status == null ? "" : status;
        };
    }

    static DashboardView dashboard(DashboardResponse dashboard, AnalysedForum forum) {
        String lang = forum.lang();
        AnalysisMessages ana = forum.ana();
        int percent = percent(dashboard.analysed(), dashboard.total());
        List<CountRow> languages = new ArrayList<>();
        for (String code : List.of("kk", "ru", "en")) {
            DashboardResponse.Count count = dashboard.byLanguage().get(code);
            if (count != null) {
                languages.add(row(org.pikir.gateway.web.UiLanguage.nativeName(code), count, lang));
            }
        }
        List<CountRow> sources = new ArrayList<>();
        for (Map.Entry<String, DashboardResponse.Count> source : dashboard.bySource().entrySet()) {
            sources.add(row("RECOMMENDATION".equals(source.getKey()) ? ana.source_recommendations()
                    : ana.source_comments(), source.getValue(), lang));
        }
        return new DashboardView(AnalysisConsole.number(dashboard.total(), lang),
                AnalysisConsole.number(dashboard.analysed(), lang), percent,
                ana.share_text(percent, AnalysisConsole.number(dashboard.analysed(), lang),
                        AnalysisConsole.number(dashboard.total(), lang)),
                AnalysisConsole.number(dashboard.noTheme(), lang), AnalysisConsole.number(dashboard.suggestedOnly(), lang),
                languages, sources);
    }

    private static CountRow row(String label, DashboardResponse.Count count, String lang) {
        return new CountRow(label, AnalysisConsole.number(count.total(), lang),
                AnalysisConsole.number(count.analysed(), lang), percent(count.analysed(), count.total()));
    }

    static int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.min(100, part * 100 / whole);
    }

    static JobView job(JobResponse job, AnalysedForum forum) {
        AnalysisMessages ana = forum.ana();
        String lang = forum.lang();
        int progress = Math.max(0, Math.min(100, job.progress()));
        String progressText = job.total() > 0
                ? ana.job_progress(progress, AnalysisConsole.number(job.done(), lang), AnalysisConsole.number(job.total(), lang))
                : ana.job_progress_percent(progress);
        boolean succeeded = "SUCCEEDED".equals(job.status());
        return new JobView(job.id(), forum.jobHref(job.id()),
                JobResponse.CAMPAIGNS.equals(job.kind()) ? ana.job_kind_campaigns() : ana.job_kind_themes(), job.status(),
                switch (job.status() == null ? "" : job.status()) {
                    case "QUEUED" -> ana.job_status_queued();
                    case "RUNNING" -> ana.job_status_running();
                    case "SUCCEEDED" -> ana.job_status_succeeded();
                    case "FAILED" -> ana.job_status_failed();
                    case "CANCELLED" -> ana.job_status_cancelled();
                    default -> job.status();
                },
                job.running(), progress, progressText, job.message(), job.requestedBy(),
                DisplayFormats.dateTime(job.createdAt(), forum.zone(), lang),
                job.finishedAt() == null ? null : DisplayFormats.dateTime(job.finishedAt(), forum.zone(), lang),
                forum.jobHref(job.id()) + "/cancel", succeeded,
                JobResponse.CAMPAIGNS.equals(job.kind()) ? forum.campaignsHref() : forum.href() + "#codebook");
    }
}
