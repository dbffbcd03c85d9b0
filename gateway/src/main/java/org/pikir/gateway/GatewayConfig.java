package org.pikir.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** Where the services live and how long the gateway waits for them. Env vars: {@code PIKIR_GATEWAY_...}. */
@ConfigMapping(prefix = "pikir.gateway")
public interface GatewayConfig {

    /** Base URL of events-service; several replicas: a comma-separated list, used in turn. */
    @WithDefault("http://localhost:8081")
    List<URI> eventsUrl();

    /** Base URL of feedback-service; several replicas: a comma-separated list, used in turn. */
    @WithDefault("http://localhost:8082")
    List<URI> feedbackUrl();

    /** How long to wait for a TCP connection to a service. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a forwarded request may wait for (the next bytes of) a service's response. */
    @WithDefault("5s")
    Duration responseTimeout();

    Circuit circuit();

    Cache cache();

    /** Time zone for dates shown on the pages when an event does not name its own. */
    @WithDefault("Asia/Almaty")
    ZoneId timeZone();

    interface Circuit {

        /** Consecutive connection failures or timeouts after which a replica of a service is not called for a while. */
        @WithDefault("5")
        int failureThreshold();

        @WithDefault("10s")
        Duration openDuration();
    }

    /** The shared cache of anonymous GETs that services mark public (published forums and their lists). */
    interface Cache {

        /** Longest time an answer is reused, however long its max-age: an edit shows within it. 0 turns the cache off. */
        @WithDefault("5s")
        Duration maxAge();

        @WithDefault("1000")
        int maxEntries();

        /** Larger answers are always fetched. */
        @WithDefault("524288")
        long maxBodyBytes();
    }
}
