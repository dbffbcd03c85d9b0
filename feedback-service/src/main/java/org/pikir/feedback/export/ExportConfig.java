package org.pikir.feedback.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How exports read from PostgreSQL, and how many may run at once. */
@ConfigMapping(prefix = "pikir.feedback.exports")
public interface ExportConfig {

    /** Rows fetched per round trip; the service holds no more than this many rows at once. */
    @WithDefault("500")
    @Min(10)
    @Max(10_000)
    int fetchSize();

    /** Staff exports streaming at once on this replica; each holds a database connection while it runs. */
    @WithDefault("2")
    @Min(1)
    @Max(16)
    int concurrentStaff();

    /** Open-data downloads streaming at once on this replica; kept apart so public traffic cannot block staff. */
    @WithDefault("4")
    @Min(1)
    @Max(16)
    int concurrentOpenData();
}
