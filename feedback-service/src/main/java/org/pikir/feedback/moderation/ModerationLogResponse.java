package org.pikir.feedback.moderation;

import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Visibility;

import java.util.List;

/** The public account of moderation on an event: how many items were hidden or rejected, and why. No texts, no people. */
public record ModerationLogResponse(String eventSlug, long hidden, long rejected, List<Entry> entries) {

    /** How many items of one kind are in one outcome for one reason. */
    public record Entry(ItemType type, Visibility outcome, ModerationReason reason, long count) {
    }
}
