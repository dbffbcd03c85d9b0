package org.pikir.events.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A light suffix-stripping stemmer for Kazakh, which PostgreSQL has no dictionary for. Kazakh
 * words take chains of suffixes (реформа → реформаның, Конституция → Конституциялық); stripping the
 * common plural, possessive, case and derivational endings lets one form find the others. Words are first folded
 * onto Russian look-alike letters ({@link KazakhLetters}), endings too, so "қоғамның" and "когамнын" share a stem.
 */
public final class KazakhStemmer {

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final List<String> SUFFIXES = Stream.of(
                    // plural
                    "лар", "лер", "дар", "дер", "тар", "тер",
                    // possessive
                    "ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз", "сы", "сі",
                    // genitive, accusative, dative, locative, ablative, instrumental
                    "ның", "нің", "дың", "дің", "тың", "тің", "ны", "ні", "ды", "ді", "ты", "ті",
                    "ға", "ге", "қа", "ке", "на", "не", "нда", "нде", "да", "де", "та", "те",
                    "нан", "нен", "дан", "ден", "тан", "тен", "мен", "бен", "пен",
                    // derivational: -лық (abstract), -шы (agent), -сыз (without)
                    "лық", "лік", "дық", "дік", "тық", "тік", "шы", "ші", "сыз", "сіз",
                    // single letters only from long words: possessive and case endings
                    "ы", "і", "ң", "н", "а", "е")
            .map(KazakhLetters::fold)
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    private static final int MAX_ROUNDS = 3;

    private KazakhStemmer() {
    }

    /** The stems of every word in {@code text}, space-separated, lower case, Kazakh letters folded. */
    public static String stems(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> stems = new ArrayList<>();
        for (String word : WORD_SEPARATORS.split(KazakhLetters.fold(text))) {
            if (!word.isEmpty()) {
                stems.add(stem(word));
            }
        }
        return String.join(" ", stems);
    }

    static String stem(String word) {
        String stem = KazakhLetters.fold(word);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String stripped = stripOnce(stem);
            if (stripped.equals(stem)) {
                break;
            }
            stem = stripped;
        }
        return stem;
    }

    private static String stripOnce(String word) {
        for (String suffix : SUFFIXES) {
            int keep = word.length() - suffix.length();
            int minimumStem = suffix.length() == 1 ? 4 : 2;
            if (keep >= minimumStem && word.endsWith(suffix)) {
                return word.substring(0, keep);
            }
        }
        return word;
    }
}
