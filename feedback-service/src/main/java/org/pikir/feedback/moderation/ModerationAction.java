package org.pikir.feedback.moderation;

import org.pikir.feedback.common.Visibility;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a moderator does to an item, and from which visibilities each action may start. */
public enum ModerationAction {
    /** Shows the item: approves a pending one, reinstates a hidden or rejected one, or keeps a flagged one up. */
    PUBLISH(Visibility.PUBLISHED, EnumSet.of(Visibility.PENDING, Visibility.PUBLISHED, Visibility.HIDDEN, Visibility.REJECTED)),
    /** Keeps the item in place publicly, its text replaced by the reason; a pending item is rejected instead. */
    HIDE(Visibility.HIDDEN, EnumSet.of(Visibility.PUBLISHED, Visibility.HIDDEN)),
    /** Takes the item out of every public list. */
    REJECT(Visibility.REJECTED, EnumSet.of(Visibility.PENDING, Visibility.PUBLISHED, Visibility.HIDDEN));

    private final Visibility result;
    private final Set<Visibility> from;

    ModerationAction(Visibility result, Set<Visibility> from) {
        this.result = result;
        this.from = from;
    }

    /** The visibility this action leaves an item in, or empty when it cannot start from {@code current}. */
    public Optional<Visibility> applyTo(Visibility current) {
        return from.contains(current) ? Optional.of(result) : Optional.empty();
    }

    public boolean needsReason() {
        return this != PUBLISH;
    }
}
