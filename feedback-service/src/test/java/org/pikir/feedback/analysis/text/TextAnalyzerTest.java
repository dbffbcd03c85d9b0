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
        assertEquals(List.of("court", "judg", "independ"), stems("The courts and the judges are independent.", "en"));
    }

    @Test
    void kazakhWordsGetTheKazakhStemmerAndStopList() {
        assertEquals(List.of("сот", "тәуелсіз"), stems("Соттар және тәуелсіз болуы керек", "kk"));
    }

    @Test
    void languageIsChosenPerWord() {
        // a Russian text quoting a Kazakh word and an English one
        List<String> stems = stems("Нужен закон о языке: тілдер and languages", "ru");
        assertTrue(stems.containsAll(List.of("закон", "язык", "тіл", "languag")), stems.toString());
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
