package org.pikir.events.search;

import java.util.Locale;

/**
 * Folds the letters Kazakh has beyond Russian onto their Russian look-alikes (і→и, ә→а, ө→о, ү→у, ұ→у, қ→к,
 * ғ→г, ң→н, һ→х), after lower-casing. Documents and queries are folded alike, so a query typed on a Russian
 * keyboard ("когам") finds the Kazakh word ("қоғам") and the other way round.
 */
public final class KazakhLetters {

    private static final String KAZAKH = "іәөүұқғңһ";
    private static final String RUSSIAN = "иаоуукгнх";
    private static final Locale KAZAKH_LOCALE = Locale.forLanguageTag("kk");

    private KazakhLetters() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char[] letters = text.toLowerCase(KAZAKH_LOCALE).toCharArray();
        for (int i = 0; i < letters.length; i++) {
            int kazakh = KAZAKH.indexOf(letters[i]);
            if (kazakh >= 0) {
                letters[i] = RUSSIAN.charAt(kazakh);
            }
        }
        return new String(letters);
    }
}
