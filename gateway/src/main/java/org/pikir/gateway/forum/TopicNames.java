package org.pikir.gateway.forum;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Topics in words: events and recommendations carry a topic's slug, pages show its name in the visitor's language
 * from events-service's catalogue ({@link TopicCatalogue}). A slug the catalogue does not know (or a catalogue that
 * cannot be read) is left out rather than shown raw.
 */
@ApplicationScoped
public class TopicNames {

    private static final Logger LOG = Logger.getLogger(TopicNames.class);

    private final TopicCatalogue catalogue;

    public TopicNames(TopicCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Slug to name in {@code lang} (another language's when it has none), in the catalogue's order. */
    public Map<String, String> in(String lang) {
        Map<String, String> names = new LinkedHashMap<>();
        for (TopicResponse topic : topics()) {
            LocalizedText name = LocalizedText.pick(topic.name(), lang);
            if (topic.slug() != null && !name.isEmpty()) {
                names.put(topic.slug(), name.text());
            }
        }
        return names;
    }

    /** Every topic of the catalogue; none while it cannot be read. */
    public List<TopicResponse> topics() {
        try {
            List<TopicResponse> topics = catalogue.read();
            return topics == null ? List.of() : topics;
        } catch (RuntimeException e) {
            LOG.warnf("The topic catalogue could not be read: %s", e.toString());
            return List.of();
        }
    }
}
