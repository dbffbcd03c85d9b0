package org.pikir.feedback;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.pikir.platform.db.EmbeddedDatabase;

@QuarkusMain
public final class FeedbackApplication {

    private FeedbackApplication() {
    }

    public static void main(String... args) {
        // the embedded database must be up before Quarkus reads the datasource configuration
        EmbeddedDatabase.startUnlessConfigured("feedback-service");
        Quarkus.run(args);
    }
}
