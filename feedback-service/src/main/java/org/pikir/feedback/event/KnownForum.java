package org.pikir.feedback.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A forum as events-service described it at {@code askedAt}: its consultation window and the ids of the statements
 * and materials a submission may cite. Kept for a few seconds (the event-forums cache), never past the next opening
 * or closing time it names: {@link #currentAt} tells.
 */
record KnownForum(ConsultationWindow window, Set<Long> statements, Set<Long> materials, Instant askedAt) {

    static KnownForum of(Forum forum, Instant askedAt) {
        if (forum == null || forum.consultation() == null) {
            throw new IllegalStateException("events-service answered without a consultation window");
        }
        return new KnownForum(forum.consultation(), ids(forum.statements()), ids(forum.materials()), askedAt);
    }

    /** Whether this answer still holds at {@code now}: no opening or closing time has passed since it was given. */
    boolean currentAt(Instant now) {
        for (Instant boundary : new Instant[] {window.opensAt(), window.closesAt()}) {
            if (boundary != null && boundary.isAfter(askedAt) && !now.isBefore(boundary)) {
                return false;
            }
        }
        return true;
    }

    boolean cites(CitedPart.Kind kind, long id) {
        return (kind == CitedPart.Kind.STATEMENT ? statements : materials).contains(id);
    }

    private static Set<Long> ids(List<CitedPart> parts) {
        return parts == null ? Set.of()
                : parts.stream().map(CitedPart::id).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }
}
