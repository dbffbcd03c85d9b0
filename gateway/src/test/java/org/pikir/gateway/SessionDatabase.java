package org.pikir.gateway;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.pikir.platform.db.EmbeddedDatabase;
import org.pikir.platform.testing.EmbeddedPostgresResource;

import java.util.Map;

/** The gateway's sessions database for a test run: a real, empty PostgreSQL on a free port, reached reactively. */
public class SessionDatabase extends EmbeddedPostgresResource {

    @Override
    protected Map<String, String> connection(EmbeddedPostgres server) {
        return Map.of(
                "quarkus.datasource.reactive.url", EmbeddedDatabase.reactiveUrl(server),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }
}
