package org.pikir.gateway.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times as readers of each interface language expect them. */
public final class DisplayFormats {

    private DisplayFormats() {
    }

    public static String date(LocalDate date, String lang) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(UiLanguage.locale(lang)).format(date);
    }

    public static String date(Instant instant, ZoneId zone, String lang) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate(), lang);
    }

    public static String dateTime(Instant instant, ZoneId zone, String lang) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(UiLanguage.locale(lang)).format(instant.atZone(zone));
    }
}
