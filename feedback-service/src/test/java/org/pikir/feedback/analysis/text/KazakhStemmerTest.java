package org.pikir.feedback.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KazakhStemmerTest {

    private final KazakhStemmer stemmer = new KazakhStemmer();

    @ParameterizedTest
    @CsvSource({
            "соттар, сот", "соттың, сот", "сотқа, сот", "соттарды, сот",
            "әкімдер, әкім", "әкімі, әкім", "әкімдерін, әкім", "әкіміне, әкім",
            "депутаттарды, депутат", "парламентте, парламент", "президенттің, президент",
            "конституцияның, конституция", "конституциясына, конституция",
            "тілдер, тіл", "тілі, тіл", "тілдің, тіл", "жерлер, жер", "жеріміз, жер", "жерге, жер",
            "құқықтары, құқық", "заңында, заң", "мемлекеттің, мемлекет", "сайлауда, сайлау"})
    void stripsPluralPossessiveAndCaseEndings(String word, String stem) {
        assertEquals(stem, stemmer.stem(word));
    }

    @ParameterizedTest
    @CsvSource({"сот", "жер", "тіл", "заң", "ана", "әкім", "қиын", "адам"})
    void leavesShortRootsAlone(String word) {
        assertEquals(word, stemmer.stem(word));
    }

    @Test
    void neverLeavesLessThanThreeLetters() {
        assertEquals("алда", stemmer.stem("алда"));
    }
}
