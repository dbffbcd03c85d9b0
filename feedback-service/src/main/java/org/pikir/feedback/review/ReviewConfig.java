package org.pikir.feedback.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the public body's review of recommendations is paced. */
@ConfigMapping(prefix = "pikir.feedback.review")
public interface ReviewConfig {

    /** How long after submission a recommendation may wait for its official answer before it is overdue. */
    @WithDefault("30d")
    Duration answerDeadline();

    /** How long a staff member stays assignable after feedback-service last saw their token (StaffDirectory). */
    @WithDefault("90d")
    Duration staffForgetAfter();
}
