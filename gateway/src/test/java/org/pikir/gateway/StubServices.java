package org.pikir.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.pikir.platform.db.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Stands in for events-service, feedback-service and Keycloak: three WireMock servers on free
 * ports. Tests stub and verify through {@link Stubs}, which finds them by the gateway's configuration.
 * The sessions' database is a real, empty PostgreSQL on a free port.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    private WireMockServer events;
    private WireMockServer feedback;
    private WireMockServer identity;
    private EmbeddedPostgres postgres;
    private Path dataDir;

    @Override
    public Map<String, String> start() {
        events = started();
        feedback = started();
        identity = started();
        StubIdentityProvider.register(identity);
        try {
            dataDir = Files.createTempDirectory("pikir-gateway-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres = EmbeddedDatabase.start(dataDir, 0, false);
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.reactive.url", EmbeddedDatabase.reactiveUrl(postgres),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"));
        config.putAll(Map.of(
                "pikir.gateway.events-url", events.baseUrl(),
                "pikir.gateway.feedback-url", feedback.baseUrl(),
                "quarkus.oidc.auth-server-url", identity.baseUrl() + StubIdentityProvider.REALM_PATH,
                // short enough for a test of a service that hangs
                "pikir.gateway.response-timeout", "1s",
                // short enough for a test of an entry expiring
                "pikir.gateway.cache.max-age", "1s"));
        return config;
    }

    @Override
    public void stop() {
        for (WireMockServer server : new WireMockServer[] {events, feedback, identity}) {
            if (server != null) {
                server.stop();
            }
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
            if (dataDir != null) {
                try (Stream<Path> files = Files.walk(dataDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WireMockServer started() {
        // the services answer uncompressed with a Content-Length; WireMock would gzip for RestAssured
        WireMockServer server = new WireMockServer(options().dynamicPort().gzipDisabled(true));
        server.start();
        return server;
    }
}
