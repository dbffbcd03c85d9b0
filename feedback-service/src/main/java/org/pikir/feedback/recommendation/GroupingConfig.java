package org.pikir.feedback.recommendation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** When a new recommendation counts as a near-duplicate of an existing one. */
@ConfigMapping(prefix = "pikir.feedback.grouping")
public interface GroupingConfig {

    /** The pg_trgm similarity of title and text (0 to 1) at which a recommendation joins another's group. */
    @WithDefault("0.7")
    @DecimalMin("0.1")
    @DecimalMax("1.0")
    double similarity();
}
