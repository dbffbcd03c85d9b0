package org.pikir.events.event;

import java.time.Instant;

/** Whether an event takes feedback now, and when its consultation window opens and closes. */
public record ConsultationResponse(String slug, EventStatus status, boolean open, Instant opensAt, Instant closesAt) {

    static ConsultationResponse from(Event event, Instant now) {
        return new ConsultationResponse(event.slug, event.status, event.acceptsFeedbackAt(now),
                event.consultationOpensAt, event.consultationClosesAt);
    }
}
