package org.pikir.feedback.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.feedback.event.EventCatalog;

/** The forums staff analyse: a forum events-service does not know is a 404, as on the other feedback endpoints. */
@ApplicationScoped
public class AnalysisForums {

    private final EventCatalog catalog;

    public AnalysisForums(EventCatalog catalog) {
        this.catalog = catalog;
    }

    public void requireKnown(String eventSlug) {
        catalog.requireExists(eventSlug);
    }
}
