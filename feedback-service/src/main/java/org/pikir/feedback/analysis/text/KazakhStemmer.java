package org.pikir.feedback.analysis.text;

import java.util.List;

/**
 * A light, conservative suffix stemmer for Kazakh. Kazakh is agglutinative: a noun is root + plural + possessive +
 * case ({@code әкім-дер-і-не}). This strips at most one case ending, then one possessive ending, then one plural
 * ending, from the end of the word, and never leaves a stem shorter than three letters, so that short roots
 * ({@code сот}, {@code жер}, {@code тіл}, {@code заң}) survive. Verbs and derivation are left alone: conflating too much
 * hurts theme terms more than conflating too little. Input is expected in lower case.
 */
public final class KazakhStemmer {

    private static final int MIN_STEM = 3;

    // longest first within each group, so "ның" is tried before "ы"
    private static final List<String> CASE = List.of(
            "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",
            "менен", "бенен", "пенен",
            "сынан", "сінен", "сына", "сіне", "сын", "сін", "ында", "інде", "ынан", "інен",
            "ның", "нің", "дың", "дің", "тың", "тің",
            "нан", "нен", "дан", "ден", "тан", "тен",
            "нда", "нде", "мен", "бен", "пен",
            "ға", "ге", "қа", "ке", "на", "не",
            "да", "де", "та", "те",
            "ны", "ні", "ды", "ді", "ты", "ті",
            "ын", "ін");

    private static final List<String> POSSESSIVE = List.of(
            "ымыз", "іміз", "ыңыз", "іңіз", "мыз", "міз", "ңыз", "ңіз",
            "сы", "сі", "ым", "ім", "ың", "ің", "ы", "і");

    private static final List<String> PLURAL = List.of("лар", "лер", "дар", "дер", "тар", "тер");

    public String stem(String word) {
        String stem = strip(word, CASE);
        stem = strip(stem, POSSESSIVE);
        return strip(stem, PLURAL);
    }

    private static String strip(String word, List<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
