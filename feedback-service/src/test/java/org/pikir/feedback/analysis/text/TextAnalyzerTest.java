package org.pikir.feedback.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    private List<String> stems(String text, String language) {
        return analyzer.words(text, language).stream().map(TextAnalyzer.Word::stem).toList();
    }

    @Test
    void russianWordsAreStemmedAndStopWordsDropped() {
        // Snowball conflates суд and судья; "должны" is on Pikir's common list
        assertEquals(List.of("суд", "суд", "независим"), stems("Суды и судьи должны быть независимы!", "ru"));
    }

    @Test
    void englishWordsAreStemmedAndStopWordsDropped() {
        assertEquals(List.of("road", "bridg"), stems("The roads and the bridges are ours.", "en"));
    }

    @Test
    void kazakhWordsGetTheKazakhStemmerAndStopList() {
        // "сот" is a word of the civic glossary: its Russian stem stands for it
        assertEquals(List.of("суд", "тәуелсіз"), stems("Соттар және тәуелсіз болуы керек", "kk"));
    }

    @Test
    void languageIsChosenPerWord() {
        // a Russian text quoting a Kazakh word and an English one: all three are "language" in the glossary
        List<String> stems = stems("Нужен закон о языке: тілдер and languages", "ru");
        assertEquals(List.of("закон", "язык", "язык", "язык"), stems);
    }

    @Test
    void translationsOfCivicTermsShareAStem() {
        assertEquals(stems("суды", "ru"), stems("соттар", "kk"));
        assertEquals(stems("суды", "ru"), stems("courts", "en"));
        assertEquals(stems("землю", "ru"), stems("жерді", "kk"));
        assertEquals(stems("землю", "ru"), stems("land", "en"));
        assertEquals(stems("языка", "ru"), stems("тілі", "kk"));
    }

    @Test
    void numbersPunctuationAndShortTokensAreNotWords() {
        assertEquals(List.of(), stems("+1 !!! 2024 a я", "ru"));
    }

    @Test
    void surfaceKeepsTheWordAsWritten() {
        assertEquals("судьи", analyzer.words("судьи", "ru").get(0).surface());
    }
}
