package org.pikir.feedback.analysis.suggest;

import org.pikir.feedback.analysis.text.TextAnalyzer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A theme's centroid as its heaviest stems with weights (unit length), as stored in {@code theme_centroid.terms}
 * ("суд 0.5213;судья 0.3100"), and how near a text is to it (cosine of the text's stem counts, 1 + log tf).
 */
public final class Centroid {

    static final int TERMS = 50;

    private Centroid() {
    }

    public static String format(Map<String, Double> centroid) {
        StringBuilder text = new StringBuilder();
        centroid.forEach((stem, weight) -> {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(stem).append(' ').append(String.format(Locale.ROOT, "%.4f", weight));
        });
        return text.toString();
    }

    public static Map<String, Double> parse(String terms) {
        Map<String, Double> centroid = new LinkedHashMap<>();
        if (terms == null || terms.isBlank()) {
            return centroid;
        }
        for (String term : terms.split(";")) {
            int space = term.lastIndexOf(' ');
            centroid.put(term.substring(0, space), Double.parseDouble(term.substring(space + 1)));
        }
        return centroid;
    }

    /** The unit-length stem vector of one text. */
    public static Map<String, Double> vector(TextAnalyzer analyzer, String text, String language) {
        Map<String, Double> counts = new HashMap<>();
        for (TextAnalyzer.Word word : analyzer.words(text, language)) {
            counts.merge(word.stem(), 1.0, Double::sum);
        }
        counts.replaceAll((stem, tf) -> 1 + Math.log(tf));
        return normalise(counts);
    }

    /** The mean of texts' vectors, cut to its {@link #TERMS} heaviest stems, unit length. */
    public static Map<String, Double> of(TextAnalyzer analyzer, List<String[]> textsAndLanguages) {
        Map<String, Double> sum = new HashMap<>();
        for (String[] text : textsAndLanguages) {
            vector(analyzer, text[0], text[1]).forEach((stem, weight) -> sum.merge(stem, weight, Double::sum));
        }
        Map<String, Double> heaviest = new LinkedHashMap<>();
        sum.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TERMS)
                .forEach(entry -> heaviest.put(entry.getKey(), entry.getValue()));
        return normalise(heaviest);
    }

    /** Cosine of two unit-length vectors. */
    public static double similarity(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> smaller = a.size() <= b.size() ? a : b;
        Map<String, Double> larger = smaller == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> entry : smaller.entrySet()) {
            Double other = larger.get(entry.getKey());
            if (other != null) {
                sum += entry.getValue() * other;
            }
        }
        return sum;
    }

    private static Map<String, Double> normalise(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            vector.replaceAll((stem, weight) -> weight / norm);
        }
        return vector;
    }
}
