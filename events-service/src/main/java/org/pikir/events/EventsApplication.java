package org.pikir.events;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.pikir.platform.db.EmbeddedDatabase;

@QuarkusMain
public final class EventsApplication {

    private EventsApplication() {
    }

    public static void main(String... args) {
        // the embedded database must be up before Quarkus reads the datasource configuration
        EmbeddedDatabase.startUnlessConfigured("events-service");
        Quarkus.run(args);
    }
}
