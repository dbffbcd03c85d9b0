package org.pikir.gateway.forum;

import org.pikir.gateway.web.DisplayFormats;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One entry of a forum's public history: when, which staff account, what was done in words, the
 * fields changed (for an edit of the forum's record) and whom or what it concerned, when the entry says.
 */
public record HistoryEntryView(String timeIso, String timeText, String account, String action, List<String> fields,
                               String subject, String note) {

    static HistoryEntryView of(EventChangeResponse change, ZoneId zone, ForumLabels labels) {
        Map<String, Object> detail = change.detail();
        List<String> fields = detail.get("fields") instanceof Map<?, ?> changed
                ? changed.keySet().stream().map(String::valueOf).map(labels::field).toList()
                : List.of();
        Object subject = detail.containsKey("name") ? detail.get("name") : detail.get("fileName");
        Object note = detail.get("changeNote");
        return new HistoryEntryView(change.changedAt() == null ? "" : change.changedAt().toString(),
                DisplayFormats.dateTime(change.changedAt(), zone, labels.lang()),
                change.changedBy() == null ? "" : change.changedBy(), labels.action(change.action()), fields,
                text(subject), text(note));
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
