package org.pikir.feedback.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How exports read from PostgreSQL. */
@ConfigMapping(prefix = "pikir.feedback.exports")
public interface ExportConfig {

    /** Rows fetched per round trip; the service holds no more than this many rows at once. */
    @WithDefault("500")
    @Min(10)
    @Max(10_000)
    int fetchSize();
}
