package org.pikir.gateway.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart drawn by the page itself as SVG: each row a label above its bar, the count
 * at the end of the bar. The geometry is computed here so the template only places elements; the
 * {@code title} names the chart and {@code description} reads out every value for screen readers.
 */
public record BarChart(String id, String title, String description, int height, List<Bar> bars) {

    static final int WIDTH = 400;
    static final int ROW = 44;
    static final int BAR_HEIGHT = 16;
    /** The longest bar leaves room for its count on the right. */
    static final int MAX_BAR = 340;

    /** One row: the label's baseline, the bar's box and where its count is written. */
    public record Bar(String label, long count, int labelY, int barY, int barWidth, int countX, int countY) {
    }

    /** An entry to chart: what it is, in words, and how many. */
    public record Entry(String label, long count) {
    }

    /** The chart of {@code entries} in their order; its description reads "label: count; …". */
    static BarChart of(String id, String title, List<Entry> entries) {
        long max = entries.stream().mapToLong(Entry::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Entry entry : entries) {
            // a zero still shows a sliver, so the row does not read as missing
            int width = max == 0 ? 1 : (int) Math.max(1, Math.round((double) entry.count() * MAX_BAR / max));
            bars.add(new Bar(entry.label(), entry.count(), y + 16, y + 22, width, width + 8, y + 35));
            y += ROW;
        }
        String description = entries.stream().map(e -> e.label() + ": " + e.count()).collect(Collectors.joining("; "));
        return new BarChart(id, title, description, Math.max(y, ROW), bars);
    }

    static List<Entry> entries(Map<String, Long> counts, Function<String, String> label) {
        return counts == null ? List.of() : counts.entrySet().stream()
                .map(e -> new Entry(label.apply(e.getKey()), e.getValue() == null ? 0 : e.getValue()))
                .toList();
    }

    public int width() {
        return WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
