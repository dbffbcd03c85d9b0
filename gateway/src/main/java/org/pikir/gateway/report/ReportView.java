package org.pikir.gateway.report;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.pikir.gateway.forum.CodeLabels;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.UiLanguage;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A forum's report in words and pictures of one language: the headline figures, the charts the
 * public sees and those only staff see (moderation outcomes), and the most endorsed recommendations.
 */
public record ReportView(String slug, String forumTitle, String forumHref, String generatedIso, String generatedText,
                         long comments, long recommendations, String answeredText, String medianText, long overdue,
                         String deadlineDays, List<BarChart> charts, List<BarChart> staffCharts,
                         List<TopRow> top, String openDataHref, boolean empty) {

    /** A recommendation among the most endorsed, linked to its place on the forum page. */
    public record TopRow(String title, String href, long endorsements, String statusLabel, boolean answered,
                         Integer groupSize) {
    }

    /** Topics by their names in {@code topicNames}; one the catalogue does not name is counted as unlisted. */
    static ReportView of(EventReport report, String forumTitle, ZoneId zone, String lang, Map<String, String> topicNames) {
        ReportMessages rep = messages(lang);
        String forumHref = "/forums/" + report.eventSlug();
        EventReport.AnswerFigures answers = report.answers();
        NumberFormat percent = NumberFormat.getPercentInstance(UiLanguage.locale(lang));
        NumberFormat decimal = NumberFormat.getNumberInstance(UiLanguage.locale(lang));
        decimal.setMaximumFractionDigits(1);
        decimal.setRoundingMode(RoundingMode.HALF_UP);
        String answered = rep.answered_value(percent.format(answers.answeredShare()), answers.answered(),
                answers.answerable());
        String median = answers.medianDaysToAnswer() == null ? rep.median_none()
                : rep.median_value(decimal.format(answers.medianDaysToAnswer()));

        List<BarChart> charts = new ArrayList<>();
        List<BarChart.Entry> topics = report.recommendations().byTopic() == null ? List.of()
                : report.recommendations().byTopic().stream()
                .map(t -> new BarChart.Entry(t.topic() == null ? rep.topic_none()
                        : topicNames.getOrDefault(t.topic(), rep.topic_unlisted()), t.count())).toList();
        charts.add(BarChart.of("chart-topics", rep.chart_topics(), topics));
        charts.add(BarChart.of("chart-status", rep.chart_status(),
                BarChart.entries(report.recommendations().byStatus(), s -> CodeLabels.status(s, lang))));
        charts.add(BarChart.of("chart-language", rep.chart_language(),
                BarChart.entries(sum(report.comments().byLanguage(), report.recommendations().byLanguage()),
                        l -> languageLabel(l, lang))));
        charts.add(BarChart.of("chart-target", rep.chart_target(),
                BarChart.entries(report.comments().byTarget(), t -> targetLabel(t, rep))));
        List<BarChart> staff = List.of(
                BarChart.of("chart-comment-moderation", rep.chart_comment_moderation(),
                        BarChart.entries(report.comments().byVisibility(), v -> visibilityLabel(v, rep))),
                BarChart.of("chart-recommendation-moderation", rep.chart_recommendation_moderation(),
                        BarChart.entries(report.recommendations().byVisibility(), v -> visibilityLabel(v, rep))));
        List<TopRow> top = report.topEndorsed().stream()
                .map(r -> new TopRow("by-author".equals(r.removed()) ? rep.top_removed_by_author() : r.title(), forumHref + "#recommendation-" + r.id(), r.endorsementCount(),
                        CodeLabels.status(r.status(), lang), r.answered(),
                        r.groupSize() != null && r.groupSize() > 1 ? r.groupSize() - 1 : null))
                .toList();
        return new ReportView(report.eventSlug(), forumTitle, forumHref,
                report.generatedAt() == null ? "" : report.generatedAt().toString(),
                DisplayFormats.dateTime(report.generatedAt() == null ? Instant.now() : report.generatedAt(), zone, lang),
                report.comments().listed(), report.recommendations().listed(), answered, median, answers.overdue(),
                deadlineDays(answers.answerDeadline()), charts, staff, top,
                "/api/feedback/open-data/" + report.eventSlug() + ".json",
                report.comments().listed() == 0 && report.recommendations().listed() == 0);
    }

    /** Comments and recommendations together, language by language, in the order the first map gives them. */
    private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> total = new LinkedHashMap<>();
        (a == null ? Map.<String, Long>of() : a).forEach((k, v) -> total.merge(k, v == null ? 0 : v, Long::sum));
        (b == null ? Map.<String, Long>of() : b).forEach((k, v) -> total.merge(k, v == null ? 0 : v, Long::sum));
        return total;
    }

    /** "P30D" as "30"; anything unreadable as itself. */
    private static String deadlineDays(String isoDuration) {
        if (isoDuration == null) {
            return null;
        }
        try {
            return String.valueOf(Duration.parse(isoDuration).toDays());
        } catch (DateTimeParseException e) {
            return isoDuration;
        }
    }

    private static String languageLabel(String code, String lang) {
        String label = CodeLabels.inLanguage(code, lang);
        return label == null ? code : label;
    }

    private static String targetLabel(String target, ReportMessages rep) {
        return switch (target == null ? "" : target) {
            case "EVENT" -> rep.target_event();
            case "STATEMENT" -> rep.target_statement();
            case "MATERIAL" -> rep.target_material();
            default -> target;
        };
    }

    private static String visibilityLabel(String visibility, ReportMessages rep) {
        return switch (visibility == null ? "" : visibility) {
            case "PENDING" -> rep.visibility_pending();
            case "PUBLISHED" -> rep.visibility_published();
            case "HIDDEN" -> rep.visibility_hidden();
            case "REJECTED" -> rep.visibility_rejected();
            case "DELETED" -> rep.visibility_deleted();
            default -> visibility;
        };
    }

    static ReportMessages messages(String lang) {
        return MessageBundles.get(ReportMessages.class, Localized.Literal.of(lang));
    }
}
