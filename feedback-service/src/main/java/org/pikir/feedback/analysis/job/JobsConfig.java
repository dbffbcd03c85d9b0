package org.pikir.feedback.analysis.job;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How background analysis jobs are picked up and watched (docs/operations.md, "Analysis jobs"). */
@ConfigMapping(prefix = "pikir.feedback.jobs")
public interface JobsConfig {

    /** How often each replica looks for a QUEUED job and for RUNNING jobs whose process died; "off" in tests. */
    @WithDefault("2s")
    String pollEvery();

    /** Jobs one replica runs at once (each may use a core and a few hundred MB for 100,000 items). */
    @WithDefault("1")
    int workers();

    /** A RUNNING job whose heartbeat is older than this lost its process and is queued again. */
    @WithDefault("60s")
    Duration staleAfter();

    /** Runs of one job (first run plus restarts after a lost process) before it is FAILED. */
    @WithDefault("3")
    int maxAttempts();
}
