package org.pikir.events.material;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pikir.events.materials")
public interface MaterialConfig {

    /** The largest file an editor may upload; quarkus.http.limits.max-body-size must stay above it. */
    @WithDefault("20M")
    MemorySize maxSize();
}
