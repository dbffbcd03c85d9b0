package org.pikir.feedback.submission;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much one person may submit (comments, recommendations, flags together). */
@ConfigMapping(prefix = "pikir.feedback.limits")
public interface SubmissionLimitsConfig {

    @WithDefault("5")
    int perMinute();

    @WithDefault("100")
    int perDay();

    /** How often windows older than two days are deleted ({@code SubmissionWindowCleanup}); {@code off} in tests. */
    @WithDefault("1h")
    String cleanupEvery();
}
