package org.pikir.events.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KazakhStemmerTest {

    @Test
    void inflectedFormsShareAStem() {
        assertEquals(KazakhStemmer.stem("реформа"), KazakhStemmer.stem("реформаның"));
        assertEquals(KazakhStemmer.stem("реформа"), KazakhStemmer.stem("реформасы"));
        assertEquals(KazakhStemmer.stem("конституция"), KazakhStemmer.stem("конституциялық"));
        assertEquals(KazakhStemmer.stem("даму"), KazakhStemmer.stem("дамуының"));
    }

    @Test
    void shortWordsKeepTheirShape() {
        assertEquals("ел", KazakhStemmer.stem("ел"));
        assertEquals("ана", KazakhStemmer.stem("ана"));
    }

    @Test
    void differentWordsStayDifferent() {
        assertNotEquals(KazakhStemmer.stem("сайлау"), KazakhStemmer.stem("реформа"));
    }

    @Test
    void stemsEveryWordOfAText() {
        assertEquals(KazakhStemmer.stem("конституция") + " " + KazakhStemmer.stem("реформа"),
                KazakhStemmer.stems("Конституциялық реформаның!"));
        assertEquals("", KazakhStemmer.stems("  "));
    }
}
