package org.pikir.gateway.report;

import org.pikir.gateway.forum.CodeLabels;
import org.pikir.gateway.web.UiLanguage;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A forum's moderation log in one language: totals, then hidden and rejected items by reason and by month. */
public record ModerationLogView(String forumTitle, String forumHref, long hidden, long rejected,
                                List<ReasonRow> reasons, List<MonthRow> months, boolean empty) {

    public record ReasonRow(String reason, long hidden, long rejected) {

        public long total() {
            return hidden + rejected;
        }
    }

    /** {@code iso} as {@code 2026-02}, for {@code <time datetime>}; {@code label} as "February 2026". */
    public record MonthRow(String iso, String label, long hidden, long rejected) {
    }

    static ModerationLogView of(ModerationLog log, String forumTitle, String lang) {
        Map<String, long[]> byReason = new LinkedHashMap<>();
        for (ModerationLog.Entry entry : log.entries()) {
            long[] counts = byReason.computeIfAbsent(entry.reason(), reason -> new long[2]);
            counts["REJECTED".equals(entry.outcome()) ? 1 : 0] += entry.count();
        }
        List<ReasonRow> reasons = new ArrayList<>();
        byReason.forEach((reason, counts) -> reasons.add(new ReasonRow(CodeLabels.reason(reason, lang), counts[0],
                counts[1])));
        reasons.sort(Comparator.comparingLong(ReasonRow::total).reversed());
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("LLLL yyyy", UiLanguage.locale(lang));
        List<MonthRow> months = log.months().stream()
                .map(m -> new MonthRow(m.month(), monthLabel(m.month(), monthFormat), m.hidden(), m.rejected()))
                .toList();
        return new ModerationLogView(forumTitle, "/forums/" + log.eventSlug(), log.hidden(), log.rejected(), reasons,
                months, log.hidden() + log.rejected() == 0);
    }

    private static String monthLabel(String month, DateTimeFormatter format) {
        try {
            String label = format.format(YearMonth.parse(month));
            return label.substring(0, 1).toUpperCase(format.getLocale()) + label.substring(1);
        } catch (DateTimeParseException e) {
            return month;
        }
    }
}
