package org.pikir.events.event;

import java.time.Instant;

/**
 * What a read of the whole event must know before anything else, from one indexed row: who may see it
 * and which state of it is current. The version moves on with every change to the event or its parts.
 */
public record EventRevision(long id, int version, EventStatus status, Instant consultationOpensAt,
                            Instant consultationClosesAt) {

    public boolean isPublic() {
        return Event.isPublic(status);
    }

    public boolean acceptsFeedbackAt(Instant now) {
        return Event.acceptsFeedback(status, consultationOpensAt, consultationClosesAt, now);
    }
}
