package org.pikir.gateway.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UiLanguageTest {

    @Test
    void theQueryParameterWinsThenTheCookieThenTheBrowser() {
        assertEquals("kk", UiLanguage.choose("kk", "en", "ru"));
        assertEquals("en", UiLanguage.choose(null, "en", "kk"));
        assertEquals("en", UiLanguage.choose("xx", "en", "kk"));
        assertEquals("kk", UiLanguage.choose(null, null, "kk-KZ,ru;q=0.9"));
    }

    @Test
    void theBrowsersPreferenceOrderIsRespected() {
        assertEquals("en", UiLanguage.choose(null, null, "de-DE, en;q=0.8, kk;q=0.5"));
        assertEquals("kk", UiLanguage.choose(null, null, "ru;q=0.3, kk;q=0.9"));
    }

    @Test
    void russianWhenNothingFits() {
        assertEquals("ru", UiLanguage.choose(null, null, null));
        assertEquals("ru", UiLanguage.choose(null, null, "de, fr"));
        assertEquals("ru", UiLanguage.choose(null, "xx", "not a header;;;q=abc"));
    }
}
