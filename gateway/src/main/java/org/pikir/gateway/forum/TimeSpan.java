package org.pikir.gateway.forum;

import org.pikir.gateway.web.UiLanguage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

/**
 * When something starts and ends, in the forum's own time zone: machine-readable values for
 * {@code <time datetime>} and the text people read (times only when both are on the same day).
 */
public record TimeSpan(String startIso, String startText, String endIso, String endText, String zoneText) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    // a valid HTML global date and time, to the minute
    private static final DateTimeFormatter MACHINE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");

    /** Null when neither end is known. */
    static TimeSpan of(Instant start, Instant end, ZoneId zone, String lang) {
        if (start == null && end == null) {
            return null;
        }
        ZonedDateTime from = start == null ? null : start.atZone(zone).truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime to = end == null ? null : end.atZone(zone).truncatedTo(ChronoUnit.MINUTES);
        boolean sameDay = from == null || to == null || from.toLocalDate().equals(to.toLocalDate());
        DateTimeFormatter text = sameDay ? CLOCK
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(UiLanguage.locale(lang));
        ZonedDateTime any = from != null ? from : to;
        String offset = any.getOffset().getId();
        return new TimeSpan(iso(from), from == null ? "" : text.format(from), iso(to), to == null ? "" : text.format(to),
                zone.getId() + ", UTC" + ("Z".equals(offset) ? "+00:00" : offset));
    }

    public boolean hasStart() {
        return !startText.isEmpty();
    }

    public boolean hasEnd() {
        return !endText.isEmpty();
    }

    private static String iso(ZonedDateTime time) {
        return time == null ? "" : MACHINE.format(time);
    }
}
