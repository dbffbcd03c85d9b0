package org.pikir.events.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KazakhLettersTest {

    @Test
    void foldsEveryKazakhLetterOntoItsRussianLookAlike() {
        assertEquals("иаоуукгнх", KazakhLetters.fold("ІӘӨҮҰҚҒҢҺ"));
        assertEquals("когам", KazakhLetters.fold("Қоғам"));
        assertEquals("алматы", KazakhLetters.fold("Алматы"));
    }

    @Test
    void russianAndLatinTextOnlyLowerCases() {
        assertEquals("конституция almaty", KazakhLetters.fold("Конституция Almaty"));
    }

    @Test
    void foldedAndUnfoldedFormsShareAStem() {
        assertEquals(KazakhStemmer.stems("қоғамның"), KazakhStemmer.stems("когамнын"));
        assertEquals(KazakhStemmer.stems("Конституциялық"), KazakhStemmer.stems("конституциялык"));
    }
}
