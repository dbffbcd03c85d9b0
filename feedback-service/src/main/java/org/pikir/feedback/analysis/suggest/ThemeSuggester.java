package org.pikir.feedback.analysis.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.pikir.feedback.analysis.job.TextItem;

/**
 * Drafts themes from citizen texts: per-word language analysis ({@code TextAnalyzer}), TF-IDF over a vocabulary cut
 * to the most frequent stems, spherical k-means on the sparse vectors, k chosen by the silhouette of a sample. Each
 * theme is named by its most distinctive terms (centroid weight × how much more often the term occurs in the theme
 * than overall) and shown with the three members nearest its centroid (identical texts counted once). Items without
 * a single vocabulary word (e.g. "+1", or only stop words) belong to no theme. Deterministic for a given seed and set
 * of items, in whatever order they come. Pure Java, no database; one instance may be used by one thread at a time.
 */
public final class ThemeSuggester {

    private static final int MAX_TERMS = 4000;
    private static final int SELECTION_SAMPLE = 4000;
    private static final int SILHOUETTE_SAMPLE = 2000;
    private static final int RESTARTS = 3;
    private static final int THEME_TERMS = 8;
    private static final double MIN_LIFT = 1.5;
    private static final int CENTROID_TERMS = 50;
    private static final int REPRESENTATIVES = 3;

    private final int minThemes;
    private final int maxThemes;
    private final long seed;

    /** Between 4 and 20 themes (a subject written about in three languages may come out as up to three), fixed seed. */
    public ThemeSuggester() {
        this(4, 20, 14L);
    }

    /** {@code minThemes == maxThemes} asks for exactly that many themes (fewer if there are fewer distinct items). */
    public ThemeSuggester(int minThemes, int maxThemes, long seed) {
        if (minThemes < 1 || maxThemes < minThemes) {
            throw new IllegalArgumentException("need 1 <= minThemes <= maxThemes");
        }
        this.minThemes = minThemes;
        this.maxThemes = maxThemes;
        this.seed = seed;
    }

    /** themes largest first; progress 0..100; returns early (empty) when cancelled */
    public List<DraftTheme> suggest(List<TextItem> items, IntConsumer progress, BooleanSupplier cancelled) {
        return themes(items, progress, cancelled).stream().map(SuggestedTheme::draft).toList();
    }

    /** As {@link #suggest}, with each member's score, the dominant language and the centroid's heaviest stems. */
    public List<SuggestedTheme> themes(List<TextItem> given, IntConsumer progress, BooleanSupplier cancelled) {
        // seeding and sampling pick items by position: a fixed order makes the same items give the same themes, however
        // the database happened to return them (its order changes as rows are rewritten)
        List<TextItem> items = new ArrayList<>(given);
        items.sort(Comparator.comparing(TextItem::type).thenComparingLong(TextItem::id));
        // near-identical texts (a campaign's copies, with their greetings and signatures) count once where a word's
        // rarity is judged, and are one point for k-means that weighs as many items: otherwise the campaign's own
        // words look common, and k-means spends most of its themes telling copies apart by the names under them
        int[] first = Copies.firstOfCopies(items);
        Corpus corpus = Corpus.of(items, first, MAX_TERMS, progress, 40, cancelled);
        if (corpus == null) {
            return List.of();
        }
        Copies copies = Copies.of(corpus, first);
        int[] documents = copies.documents;
        if (documents.length == 0) {
            progress.accept(100);
            return List.of();
        }
        RandomGenerator random = new Well19937c(seed);
        int k = chooseK(corpus, copies, random, progress, cancelled);
        if (k < 0) {
            return List.of();
        }
        SphericalKMeans best = null;
        for (int restart = 0; restart < RESTARTS; restart++) {
            SphericalKMeans run = new SphericalKMeans(corpus, documents, copies.weights, k);
            if (!run.run(random, cancelled)) {
                return List.of();
            }
            if (best == null || run.objective > best.objective) {
                best = run;
            }
            progress.accept(60 + 35 * (restart + 1) / RESTARTS);
        }
        List<SuggestedTheme> themes = describe(corpus, copies, best, k, items);
        progress.accept(100);
        return themes;
    }

    /**
     * Silhouette (cosine distance) of k-means on a sample of the distinct texts, for each k in range; -1 when
     * cancelled. Each distinct text counts once in the silhouette, so a campaign cannot choose k on its own.
     */
    private int chooseK(Corpus corpus, Copies copies, RandomGenerator random, IntConsumer progress,
                        BooleanSupplier cancelled) {
        int[] documents = copies.documents;
        int distinct = Math.min(maxThemes, documents.length);
        int low = Math.min(minThemes, distinct);
        if (low >= distinct) {
            progress.accept(60);
            return distinct;
        }
        int[] positions = sample(documents.length, SELECTION_SAMPLE, random);
        int[] sample = new int[positions.length];
        int[] weights = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            sample[i] = documents[positions[i]];
            weights[i] = copies.weights[positions[i]];
        }
        int scored = Math.min(SILHOUETTE_SAMPLE, sample.length);
        float[] distances = new float[scored * scored];
        for (int i = 0; i < scored; i++) {
            for (int j = i + 1; j < scored; j++) {
                float distance = (float) (1 - corpus.similarity(sample[i], sample[j]));
                distances[i * scored + j] = distance;
                distances[j * scored + i] = distance;
            }
        }
        int bestK = low;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = low; k <= distinct; k++) {
            SphericalKMeans run = new SphericalKMeans(corpus, sample, weights, k);
            if (!run.run(random, cancelled)) {
                return -1;
            }
            double score = silhouette(distances, scored, run.assignment, k);
            if (score > bestScore) {
                bestScore = score;
                bestK = k;
            }
            progress.accept(40 + 20 * (k - low + 1) / (distinct - low + 1));
        }
        return bestK;
    }

    /** {@code size} positions of {@code 0..count-1}, a random sample (all of them, shuffled, when fewer). */
    private static int[] sample(int count, int size, RandomGenerator random) {
        int[] shuffled = IntStream.range(0, count).toArray();
        int take = Math.min(size, shuffled.length);
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(shuffled.length - i);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }
        return Arrays.copyOf(shuffled, take);
    }

    private static double silhouette(float[] distances, int n, int[] assignment, int k) {
        int[] sizes = new int[k];
        for (int i = 0; i < n; i++) {
            sizes[assignment[i]]++;
        }
        double[] sums = new double[k];
        double total = 0;
        for (int i = 0; i < n; i++) {
            Arrays.fill(sums, 0);
            for (int j = 0; j < n; j++) {
                sums[assignment[j]] += distances[i * n + j];
            }
            int own = assignment[i];
            if (sizes[own] <= 1) {
                continue;
            }
            double a = sums[own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sums[c] / sizes[c]);
                }
            }
            if (b != Double.POSITIVE_INFINITY) {
                total += (b - a) / Math.max(a, b);
            }
        }
        return total / n;
    }

    private static List<SuggestedTheme> describe(Corpus corpus, Copies copies, SphericalKMeans clusters, int k,
                                                 List<TextItem> items) {
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        int[] sizes = new int[k];
        for (int i = 0; i < copies.documents.length; i++) {
            members.get(clusters.assignment[i]).add(i);
            sizes[clusters.assignment[i]] += copies.weights[i];
        }
        List<SuggestedTheme> themes = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<Integer> cluster = members.get(c);
            if (sizes[c] < 2) {
                continue;
            }
            cluster.sort(Comparator.comparingDouble((Integer i) -> -clusters.similarity[i]).thenComparingInt(i -> i));
            // the centre of all the theme's items, copies included (k-means saw a group of copies as its first text):
            // it names the theme and is what the sweep compares new items with
            double[] centroid = new double[corpus.vocabularySize()];
            int[] clusterFrequency = new int[corpus.vocabularySize()];
            Map<String, Integer> languages = new HashMap<>();
            List<SuggestedTheme.Member> scored = new ArrayList<>(sizes[c]);
            List<SuggestedTheme.Member> distinct = new ArrayList<>(cluster.size());
            for (int i : cluster) {
                double score = Math.max(0, Math.min(1, clusters.similarity[i]));
                distinct.add(new SuggestedTheme.Member(items.get(copies.documents[i]), score));
                // a copy is in the theme of the text it copies, as near to its centre
                for (int m = copies.memberOffsets[i]; m < copies.memberOffsets[i + 1]; m++) {
                    int document = copies.members[m];
                    for (int p = corpus.offsets[document]; p < corpus.offsets[document + 1]; p++) {
                        clusterFrequency[corpus.terms[p]]++;
                        centroid[corpus.terms[p]] += corpus.weights[p];
                    }
                    TextItem item = items.get(document);
                    languages.merge(String.valueOf(item.language()), 1, Integer::sum);
                    scored.add(new SuggestedTheme.Member(item, score));
                }
            }
            normalise(centroid);
            String language = languages.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse("ru");
            themes.add(new SuggestedTheme(terms(corpus, centroid, clusterFrequency, sizes[c]), scored,
                    representatives(distinct), language, heaviest(corpus, centroid)));
        }
        themes.sort(Comparator.comparingInt((SuggestedTheme theme) -> -theme.members().size()));
        return themes;
    }

    private static void normalise(double[] vector) {
        double norm = 0;
        for (double value : vector) {
            norm += value * value;
        }
        if (norm > 0) {
            double length = Math.sqrt(norm);
            for (int t = 0; t < vector.length; t++) {
                vector[t] /= length;
            }
        }
    }

    private static List<String> terms(Corpus corpus, double[] centroid, int[] clusterFrequency, int clusterSize) {
        int minimum = clusterSize >= 5 ? Math.max(2, clusterSize / 50) : 1;
        Integer[] candidates = IntStream.range(0, centroid.length)
                .filter(t -> clusterFrequency[t] >= minimum && centroid[t] > 0).boxed().toArray(Integer[]::new);
        double[] score = new double[centroid.length];
        double[] lift = new double[centroid.length];
        for (int t : candidates) {
            lift[t] = ((double) clusterFrequency[t] / clusterSize)
                    / ((double) corpus.documentFrequency[t] / corpus.size);
            score[t] = centroid[t] * Math.log1p(lift[t]);
        }
        Arrays.sort(candidates, Comparator.comparingDouble((Integer t) -> -score[t]).thenComparingInt(t -> t));
        // a theme of most of the forum (a campaign of 500 among 700) cannot reach a lift of 1.5 even with words found
        // nowhere else: half way to the highest lift it can have
        double highest = (double) corpus.size / clusterSize;
        double minimumLift = Math.min(MIN_LIFT, 1 + (highest - 1) / 2);
        Set<String> shown = new LinkedHashSet<>();
        for (int t : candidates) {
            if (shown.size() == THEME_TERMS) {
                break;
            }
            // a word no more frequent here than everywhere ("important", "citizens") names nothing
            if (lift[t] < minimumLift && !shown.isEmpty()) {
                continue;
            }
            shown.add(corpus.surfaces[t]);
        }
        return List.copyOf(shown);
    }

    private static Map<String, Double> heaviest(Corpus corpus, double[] centroid) {
        Integer[] order = IntStream.range(0, centroid.length).filter(t -> centroid[t] > 0).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer t) -> -centroid[t]).thenComparingInt(t -> t));
        Map<String, Double> heaviest = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(CENTROID_TERMS, order.length); i++) {
            heaviest.put(corpus.stems[order[i]], centroid[order[i]]);
        }
        return heaviest;
    }

    private static List<TextItem> representatives(List<SuggestedTheme.Member> nearestFirst) {
        List<TextItem> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SuggestedTheme.Member member : nearestFirst) {
            String text = member.item().text();
            // a campaign's copies would otherwise fill all three places
            String key = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip();
            if (seen.add(key)) {
                chosen.add(member.item());
                if (chosen.size() == REPRESENTATIVES) {
                    break;
                }
            }
        }
        return chosen;
    }
}
