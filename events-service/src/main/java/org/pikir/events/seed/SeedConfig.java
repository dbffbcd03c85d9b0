package org.pikir.events.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pikir.events")
public interface SeedConfig {

    /** Publish the Almaty demo forum on first start. */
    @WithDefault("true")
    boolean demoData();
}
