package org.pikir.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Where the services live and how long the gateway waits for them. Env vars: {@code PIKIR_GATEWAY_...}. */
@ConfigMapping(prefix = "pikir.gateway")
public interface GatewayConfig {

    /** Base URL of events-service; several replicas: a comma-separated list (Stork's static list), used in turn. */
    @WithDefault("http://localhost:8081")
    List<URI> eventsUrl();

    /** Base URL of feedback-service; several replicas: a comma-separated list (Stork's static list), used in turn. */
    @WithDefault("http://localhost:8082")
    List<URI> feedbackUrl();

    /**
     * Management interface of each events-service replica (where its {@code /q/health/ready} is), in the order of
     * {@link #eventsUrl()}; unset: each replica SmallRye Stork finds, on its host and port 9081, the port events-service
     * listens on by default.
     */
    Optional<List<URI>> eventsManagementUrl();

    /**
     * Management interface of each feedback-service replica, in the order of {@link #feedbackUrl()}; unset: each
     * replica SmallRye Stork finds, on its host and port 9082, the port feedback-service listens on by default.
     */
    Optional<List<URI>> feedbackManagementUrl();

    /** How long to wait for a TCP connection to a service. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a forwarded request may wait for (the next bytes of) a service's response. */
    @WithDefault("5s")
    Duration responseTimeout();

    /** How long a page rendered for visitors without a session is reused, per replica (AnonymousPages). */
    @WithDefault("2s")
    Duration pageCache();

    /**
     * How long a draft's counts per passage are reused, per replica (DraftFeedback.counts; read by the cache's own
     * configuration in application.properties, declared here so an override of it is a known key).
     */
    @WithDefault("2s")
    Duration draftCountsCache();

    /** How long browsers and shared caches may keep such a page before asking again (with its ETag). */
    @WithDefault("2s")
    Duration pageMaxAge();

    /**
     * The address citizens use (https://pikir.example, behind the ingress). Redirects point there, whatever Host a
     * request names; unset, they are relative to the page.
     */
    Optional<URI> publicUrl();

    /** Time zone for dates shown on the pages when an event does not name its own. */
    @WithDefault("Asia/Almaty")
    ZoneId timeZone();
}
