package org.pikir.feedback.analysis.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.pikir.feedback.analysis.job.TextItem;
import org.pikir.feedback.analysis.text.TextAnalyzer;

/**
 * The items as unit-length TF-IDF vectors over a reduced vocabulary, stored sparse in one compressed-row block
 * (a few numbers per short comment, so 100,000 comments take a few megabytes). The vocabulary keeps the stems found in
 * at least two items and at most half of the distinct texts, then the {@code maxTerms} most frequent of those: rarer
 * stems cannot make a theme, and the cut bounds the centroids' size.
 */
final class Corpus {

    final int size;
    /** Row {@code d} is {@code terms/weights[offsets[d] .. offsets[d+1])}. */
    final int[] offsets;
    final int[] terms;
    final float[] weights;
    /** Per vocabulary term: its stem, the items it occurs in (copies included), its most frequent surface word. */
    final String[] stems;
    final int[] documentFrequency;
    final String[] surfaces;

    private Corpus(int size, int[] offsets, int[] terms, float[] weights, String[] stems, int[] documentFrequency,
                   String[] surfaces) {
        this.size = size;
        this.offsets = offsets;
        this.terms = terms;
        this.weights = weights;
        this.stems = stems;
        this.documentFrequency = documentFrequency;
        this.surfaces = surfaces;
    }

    int vocabularySize() {
        return stems.length;
    }

    boolean isEmpty(int document) {
        return offsets[document] == offsets[document + 1];
    }

    /**
     * Analyses every item; reports progress 0..{@code progressSpan}; null when cancelled. {@code first[d]} is the
     * first item of the near-identical texts item {@code d} belongs to ({@code d} itself when it has no copies; null:
     * no copies at all). Copies count once where the vocabulary drops words found in more than half of the texts, so
     * that a campaign sent 500 times in a forum of 700 keeps its own words; IDF weights count every item.
     */
    static Corpus of(List<TextItem> items, int[] first, int maxTerms, IntConsumer progress, int progressSpan,
                     BooleanSupplier cancelled) {
        TextAnalyzer analyzer = new TextAnalyzer();
        Map<String, Integer> stemIds = new HashMap<>();
        List<String> allStems = new ArrayList<>();
        List<Map<String, Integer>> surfaceCounts = new ArrayList<>();
        int[] df = new int[1024];
        int[] distinctDf = new int[1024];
        int[][] documents = new int[items.size()][];
        int lastReported = -1;
        for (int d = 0; d < items.size(); d++) {
            if (d % 1000 == 0) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                int percent = (int) ((long) d * progressSpan / items.size());
                if (percent != lastReported) {
                    progress.accept(percent);
                    lastReported = percent;
                }
            }
            TextItem item = items.get(d);
            List<TextAnalyzer.Word> words = analyzer.words(item.text(), item.language());
            int[] ids = new int[words.size()];
            for (int w = 0; w < ids.length; w++) {
                TextAnalyzer.Word word = words.get(w);
                Integer id = stemIds.get(word.stem());
                if (id == null) {
                    id = allStems.size();
                    stemIds.put(word.stem(), id);
                    allStems.add(word.stem());
                    surfaceCounts.add(new HashMap<>(4));
                    if (id >= df.length) {
                        df = Arrays.copyOf(df, df.length * 2);
                        distinctDf = Arrays.copyOf(distinctDf, distinctDf.length * 2);
                    }
                }
                ids[w] = id;
                surfaceCounts.get(id).merge(word.surface(), 1, Integer::sum);
            }
            Arrays.sort(ids);
            boolean original = first == null || first[d] == d;
            for (int w = 0; w < ids.length; w++) {
                if (w == 0 || ids[w] != ids[w - 1]) {
                    df[ids[w]]++;
                    if (original) {
                        distinctDf[ids[w]]++;
                    }
                }
            }
            documents[d] = ids;
        }

        int n = items.size();
        int distinct = first == null ? n : (int) IntStream.range(0, n).filter(d -> first[d] == d).count();
        int maxDf = Math.max(2, distinct / 2);
        final int[] frequencies = df;
        Integer[] candidates = new Integer[allStems.size()];
        int count = 0;
        for (int id = 0; id < allStems.size(); id++) {
            if (df[id] >= 2 && (distinctDf[id] <= maxDf || distinct < 10)) {
                candidates[count++] = id;
            }
        }
        Integer[] chosen = Arrays.copyOf(candidates, count);
        Arrays.sort(chosen, (a, b) -> frequencies[b] != frequencies[a] ? Integer.compare(frequencies[b], frequencies[a])
                : allStems.get(a).compareTo(allStems.get(b)));
        int vocabulary = Math.min(maxTerms, chosen.length);
        int[] termOf = new int[allStems.size()];
        Arrays.fill(termOf, -1);
        String[] stems = new String[vocabulary];
        String[] surfaces = new String[vocabulary];
        int[] documentFrequency = new int[vocabulary];
        double[] idf = new double[vocabulary];
        for (int t = 0; t < vocabulary; t++) {
            int id = chosen[t];
            termOf[id] = t;
            stems[t] = allStems.get(id);
            documentFrequency[t] = df[id];
            surfaces[t] = mostFrequent(surfaceCounts.get(id));
            idf[t] = Math.log((1.0 + n) / (1.0 + df[id])) + 1.0;
        }

        int[] offsets = new int[n + 1];
        int[] termsOut = new int[1024];
        float[] weightsOut = new float[1024];
        int at = 0;
        for (int d = 0; d < n; d++) {
            int[] ids = documents[d];
            documents[d] = null;
            int start = at;
            // ids are sorted, so equal stems are adjacent: one pass counts term frequencies
            for (int w = 0; w < ids.length; ) {
                int id = ids[w];
                int tf = 0;
                while (w < ids.length && ids[w] == id) {
                    tf++;
                    w++;
                }
                int term = termOf[id];
                if (term < 0) {
                    continue;
                }
                if (at == termsOut.length) {
                    termsOut = Arrays.copyOf(termsOut, at * 2);
                    weightsOut = Arrays.copyOf(weightsOut, at * 2);
                }
                termsOut[at] = term;
                weightsOut[at] = (float) ((1.0 + Math.log(tf)) * idf[term]);
                at++;
            }
            sortRow(termsOut, weightsOut, start, at);
            double norm = 0;
            for (int i = start; i < at; i++) {
                norm += weightsOut[i] * weightsOut[i];
            }
            norm = Math.sqrt(norm);
            for (int i = start; i < at; i++) {
                weightsOut[i] /= (float) norm;
            }
            offsets[d + 1] = at;
        }
        progress.accept(progressSpan);
        return new Corpus(n, offsets, Arrays.copyOf(termsOut, at), Arrays.copyOf(weightsOut, at), stems,
                documentFrequency, surfaces);
    }

    /** Cosine similarity of two items (both unit length). */
    double similarity(int a, int b) {
        int i = offsets[a];
        int j = offsets[b];
        int endA = offsets[a + 1];
        int endB = offsets[b + 1];
        double sum = 0;
        while (i < endA && j < endB) {
            if (terms[i] == terms[j]) {
                sum += weights[i++] * weights[j++];
            } else if (terms[i] < terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** Insertion sort by term of one (short) row, so that {@link #similarity} can merge two rows. */
    private static void sortRow(int[] terms, float[] weights, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int term = terms[i];
            float weight = weights[i];
            int j = i - 1;
            while (j >= from && terms[j] > term) {
                terms[j + 1] = terms[j];
                weights[j + 1] = weights[j];
                j--;
            }
            terms[j + 1] = term;
            weights[j + 1] = weight;
        }
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount || entry.getValue() == bestCount && entry.getKey().compareTo(best) < 0) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }
}
