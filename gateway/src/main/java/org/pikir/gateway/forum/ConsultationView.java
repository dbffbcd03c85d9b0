package org.pikir.gateway.forum;

import org.pikir.gateway.web.DisplayFormats;

import java.time.Instant;
import java.time.ZoneId;

/** Whether a forum takes comments, in words: open (until when), opening on a date, closed, or none planned. */
public record ConsultationView(State state, String opensOn, String closesOn) {

    public enum State {
        OPEN,
        UPCOMING,
        CLOSED,
        NONE
    }

    public static ConsultationView of(ConsultationResponse consultation, Instant now, ZoneId zone, String lang) {
        if (consultation == null) {
            return new ConsultationView(State.NONE, "", "");
        }
        String opensOn = DisplayFormats.date(consultation.opensAt(), zone, lang);
        String closesOn = DisplayFormats.date(consultation.closesAt(), zone, lang);
        State state;
        if (consultation.open()) {
            state = State.OPEN;
        } else if (consultation.opensAt() != null && consultation.opensAt().isAfter(now)) {
            state = State.UPCOMING;
        } else if (consultation.closesAt() != null) {
            state = State.CLOSED;
        } else {
            state = State.NONE;
        }
        return new ConsultationView(state, opensOn, closesOn);
    }

    public boolean open() {
        return state == State.OPEN;
    }

    public boolean openWithEnd() {
        return state == State.OPEN && !closesOn.isEmpty();
    }

    public boolean upcoming() {
        return state == State.UPCOMING;
    }

    public boolean closed() {
        return state == State.CLOSED;
    }
}
