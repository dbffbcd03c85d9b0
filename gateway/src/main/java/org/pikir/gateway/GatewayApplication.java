package org.pikir.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.pikir.platform.db.EmbeddedDatabase;

@QuarkusMain
public final class GatewayApplication {

    private GatewayApplication() {
    }

    public static void main(String... args) {
        // the signed-in sessions' tokens live in PostgreSQL; embedded unless QUARKUS_DATASOURCE_REACTIVE_URL names one
        EmbeddedDatabase.startForReactiveClientUnlessConfigured("gateway");
        Quarkus.run(args);
    }
}
