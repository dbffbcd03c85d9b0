package org.pikir.platform.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlainTextTest {

    @Test
    void composesDecomposedLettersToNfc() {
        // "қ" is already a single code point; "й" typed as и + combining breve becomes one
        String decomposed = "\u0438\u0306 \u049b";
        assertEquals("\u0439 \u049b", PlainText.normalise(decomposed));
    }

    @Test
    void keepsKazakhLettersAsWritten() {
        String kazakh = "Әділет, ғылым, құқық, өңір, ұлт, үміт, һәм, і";
        assertEquals(kazakh, PlainText.normalise(kazakh));
    }

    @Test
    void unifiesLineEndingsAndKeepsTabs() {
        assertEquals("one\ntwo\nthree\tfour", PlainText.normalise("one\r\ntwo\rthree\tfour"));
    }

    @Test
    void dropsControlAndFormatCharactersButKeepsJoiners() {
        // NUL, BEL, a right-to-left override and a zero-width space go; ZWNJ and ZWJ stay (emoji, scripts need them)
        String text = "a\u0000b\u0007c\u202Ed\u200Be\u200Cf\u200Dg";
        assertEquals("abcde\u200Cf\u200Dg", PlainText.normalise(text));
    }

    @Test
    void trimsSurroundingWhitespace() {
        assertEquals("text", PlainText.normalise(" \n\t text \u3000\n"));
    }

    @Test
    void leavesMarkupAsLiteralText() {
        // nothing is stripped or escaped here: pages escape on output, so markup shows as text
        assertEquals("<b>bold</b> & <script>x()</script>", PlainText.normalise("<b>bold</b> & <script>x()</script>"));
    }

    @Test
    void nullStaysNull() {
        assertNull(PlainText.normalise(null));
    }
}
