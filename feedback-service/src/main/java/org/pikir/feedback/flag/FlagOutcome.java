package org.pikir.feedback.flag;

/** A flag and whether this request created it; kept with an idempotency key so a replay answers the same status. */
public record FlagOutcome(FlagResponse flag, boolean created) {
}
