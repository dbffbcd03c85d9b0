package org.pikir.feedback.moderation;

import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Visibility;

import java.util.List;

/**
 * The public account of moderation on an event: how many items are hidden or rejected, why, and in which month
 * (UTC) a moderator decided. No texts, no people, no item ids.
 */
public record ModerationLogResponse(String eventSlug, long hidden, long rejected, List<Entry> entries,
                                    List<Month> months) {

    /** How many items of one kind are in one outcome for one reason. */
    public record Entry(ItemType type, Visibility outcome, ModerationReason reason, long count) {
    }

    /** How many of the hidden and rejected items a moderator last decided on in one month, {@code 2026-02}. */
    public record Month(String month, long hidden, long rejected) {
    }
}
