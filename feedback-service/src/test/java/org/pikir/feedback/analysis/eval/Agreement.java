package org.pikir.feedback.analysis.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well a clustering agrees with reference labels: adjusted Rand index, normalised mutual information, the
 * staff-style mapping of clusters to labels with per-label precision/recall, and pairwise precision/recall of
 * groups. Both lists are indexed by item; a {@code null} group means "in no group".
 */
public final class Agreement {

    private Agreement() {
    }

    /** Counts behind a precision/recall pair: true positives, predicted positives, actual positives. */
    public record Score(long truePositives, long predicted, long actual) {

        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return actual == 0 ? 0 : (double) truePositives / actual;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Hubert and Arabie's adjusted Rand index: 1 for the same partition, about 0 for a random one, may be negative. */
    public static <L, C> double adjustedRandIndex(List<L> labels, List<C> clusters) {
        Contingency<L, C> table = new Contingency<>(labels, clusters);
        double index = 0;
        for (long n : table.cells.values()) {
            index += pairs(n);
        }
        double labelPairs = table.labelTotals.values().stream().mapToDouble(Agreement::pairs).sum();
        double clusterPairs = table.clusterTotals.values().stream().mapToDouble(Agreement::pairs).sum();
        double expected = labelPairs * clusterPairs / pairs(table.n);
        double max = (labelPairs + clusterPairs) / 2;
        // both partitions trivial (one block, or all singletons): they agree perfectly
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    /** Mutual information divided by the arithmetic mean of both entropies (scikit-learn's default). */
    public static <L, C> double normalisedMutualInformation(List<L> labels, List<C> clusters) {
        Contingency<L, C> table = new Contingency<>(labels, clusters);
        double hLabels = entropy(table.labelTotals.values(), table.n);
        double hClusters = entropy(table.clusterTotals.values(), table.n);
        if (hLabels == 0 && hClusters == 0) {
            return 1.0;
        }
        double mutual = 0;
        for (Map.Entry<List<Object>, Long> cell : table.cells.entrySet()) {
            double nij = cell.getValue();
            long a = table.labelTotals.get(cell.getKey().get(0));
            long b = table.clusterTotals.get(cell.getKey().get(1));
            mutual += nij / table.n * Math.log(table.n * nij / ((double) a * b));
        }
        return Math.max(0, mutual / ((hLabels + hClusters) / 2));
    }

    /**
     * Each cluster to its most frequent label (ties: the label that sorts first), as staff would name it; several
     * clusters may map to one label, as staff would merge them.
     */
    public static <L, C> Map<C, L> majorityMapping(List<L> labels, List<C> clusters) {
        Contingency<L, C> table = new Contingency<>(labels, clusters);
        Map<C, L> mapping = new LinkedHashMap<>();
        Map<C, Long> best = new HashMap<>();
        List<Map.Entry<List<Object>, Long>> cells = new ArrayList<>(table.cells.entrySet());
        cells.sort(Comparator.comparing(cell -> String.valueOf(cell.getKey().get(0))));
        for (Map.Entry<List<Object>, Long> cell : cells) {
            @SuppressWarnings("unchecked")
            L label = (L) cell.getKey().get(0);
            @SuppressWarnings("unchecked")
            C cluster = (C) cell.getKey().get(1);
            if (cell.getValue() > best.getOrDefault(cluster, 0L)) {
                best.put(cluster, cell.getValue());
                mapping.put(cluster, label);
            }
        }
        return mapping;
    }

    /** Each item's predicted label: the label its cluster maps to by {@link #majorityMapping}; null for no cluster. */
    public static <L, C> List<L> mappedLabels(List<L> labels, List<C> clusters) {
        Map<C, L> mapping = majorityMapping(labels, clusters);
        return clusters.stream().map(cluster -> cluster == null ? null : mapping.get(cluster)).toList();
    }

    /** Per label (sorted by its text): items predicted with it that carry it, items predicted with it, items carrying it. */
    public static <L> Map<L, Score> perLabel(List<L> labels, List<L> predicted) {
        requireSameSize(labels, predicted);
        Map<L, long[]> counts = new TreeMap<>(Comparator.comparing(String::valueOf));
        for (int i = 0; i < labels.size(); i++) {
            counts.computeIfAbsent(labels.get(i), l -> new long[3])[2]++;
            if (predicted.get(i) != null) {
                long[] c = counts.computeIfAbsent(predicted.get(i), l -> new long[3]);
                c[1]++;
                if (predicted.get(i).equals(labels.get(i))) {
                    c[0]++;
                }
            }
        }
        Map<L, Score> scores = new LinkedHashMap<>();
        counts.forEach((label, c) -> scores.put(label, new Score(c[0], c[1], c[2])));
        return scores;
    }

    /**
     * Pairs of items put together: true positives = pairs in the same group and the same true group, predicted =
     * pairs in the same group, actual = pairs in the same true group ({@code null} = in none, pairs with nobody).
     */
    public static <L, C> Score pairs(List<L> truth, List<C> groups) {
        Contingency<L, C> table = new Contingency<>(truth, groups);
        long together = 0;
        for (Map.Entry<List<Object>, Long> cell : table.cells.entrySet()) {
            if (cell.getKey().get(0) != null && cell.getKey().get(1) != null) {
                together += pairs(cell.getValue());
            }
        }
        long predicted = table.clusterTotals.entrySet().stream().filter(e -> e.getKey() != null)
                .mapToLong(e -> pairs(e.getValue())).sum();
        long actual = table.labelTotals.entrySet().stream().filter(e -> e.getKey() != null)
                .mapToLong(e -> pairs(e.getValue())).sum();
        return new Score(together, predicted, actual);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static double entropy(Iterable<Long> totals, long n) {
        double h = 0;
        for (long t : totals) {
            double p = (double) t / n;
            h -= p * Math.log(p);
        }
        return h;
    }

    private static void requireSameSize(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("lists of " + a.size() + " and " + b.size() + " items");
        }
    }

    /** The contingency table of two labellings; null is a key like any other ("in no group"). */
    private static final class Contingency<L, C> {
        final Map<List<Object>, Long> cells = new HashMap<>();
        final Map<Object, Long> labelTotals = new HashMap<>();
        final Map<Object, Long> clusterTotals = new HashMap<>();
        final long n;

        Contingency(List<L> labels, List<C> clusters) {
            requireSameSize(labels, clusters);
            if (labels.isEmpty()) {
                throw new IllegalArgumentException("no items");
            }
            for (int i = 0; i < labels.size(); i++) {
                L label = labels.get(i);
                C cluster = clusters.get(i);
                cells.merge(Arrays.asList(label, cluster), 1L, Long::sum);
                labelTotals.merge(label, 1L, Long::sum);
                clusterTotals.merge(cluster, 1L, Long::sum);
            }
            n = labels.size();
        }
    }
}
