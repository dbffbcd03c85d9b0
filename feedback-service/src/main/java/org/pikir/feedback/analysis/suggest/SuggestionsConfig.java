package org.pikir.feedback.analysis.suggest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Suggested themes and the nearest-theme sweep (docs/operations.md, "Analysis jobs"). */
@ConfigMapping(prefix = "pikir.feedback.suggestions")
public interface SuggestionsConfig {

    /** The fewest and most themes a SUGGEST_THEMES job drafts when staff do not say how many. */
    @WithDefault("4")
    int minThemes();

    @WithDefault("20")
    int maxThemes();

    /** Seed of the clustering's random choices: the same items give the same themes. */
    @WithDefault("14")
    long seed();

    /** How often new items get a suggested tag of their nearest accepted theme; "off" disables it. */
    @WithDefault("30s")
    String sweepEvery();

    /** Items of each kind looked at per forum per sweep. */
    @WithDefault("500")
    int sweepBatch();

    /** The least cosine similarity to the nearest accepted theme's centroid for a suggested tag (0..1). */
    @WithDefault("0.2")
    double sweepMinScore();

    /** Items younger than this wait for the next sweep (a transaction may still be writing older ones). */
    @WithDefault("30s")
    Duration sweepLag();
}
