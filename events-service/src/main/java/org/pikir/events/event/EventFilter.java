package org.pikir.events.event;

import org.pikir.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The public list's filters; every part is optional. */
public record EventFilter(Phase phase, String topic, String city, LocalDate from, LocalDate to, String query) {

    /** Where an event stands for a citizen. */
    public enum Phase { UPCOMING, OPEN, CLOSED, ARCHIVED }

    public static EventFilter of(String phase, String topic, String city, String fromDate, String toDate, String query) {
        LocalDate from = date("from", fromDate);
        LocalDate to = date("to", toDate);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before 'from'");
        }
        return new EventFilter(phase(phase), blankToNull(topic), blankToNull(city), from, to, blankToNull(query));
    }

    private static Phase phase(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Phase.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of upcoming, open, closed, archived");
        }
    }

    // parsed here, not by JAX-RS, which answers 404 to an unparsable query parameter
    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date like 2026-02-25");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
