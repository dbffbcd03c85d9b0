package org.pikir.feedback.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/** How long Idempotency-Keys are kept, and how they are cleared away afterwards. */
@ConfigMapping(prefix = "pikir.feedback.idempotency")
public interface IdempotencyConfig {

    /** How long a key replays its answer; at least 24 hours (checked at startup). */
    @WithDefault("48h")
    Duration retention();

    /** How often the cleanup runs (read by its @Scheduled; "off" disables it, as tests do). */
    @WithDefault("1h")
    String cleanupEvery();

    /** Keys deleted per transaction, so the cleanup never holds many row locks at once. */
    @WithDefault("1000")
    @Min(1)
    @Max(100_000)
    int cleanupBatch();
}
