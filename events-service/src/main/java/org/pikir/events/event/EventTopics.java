package org.pikir.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.events.search.EventSearch;
import org.pikir.events.topic.TopicRepository;
import org.pikir.platform.problem.ProblemException;

import java.util.List;
import java.util.Set;

/** The link between events and the topic catalogue: events carry only catalogued topics, found by their names. */
@ApplicationScoped
public class EventTopics {

    private final EventRepository events;
    private final TopicRepository topics;
    private final EventSearch search;

    public EventTopics(EventRepository events, TopicRepository topics, EventSearch search) {
        this.events = events;
        this.topics = topics;
        this.search = search;
    }

    /** Refuses a topic the catalogue does not hold, naming it. */
    void requireCatalogued(List<String> slugs) {
        Set<String> known = topics.known(slugs);
        slugs.stream().filter(slug -> !known.contains(slug)).findFirst().ifPresent(unknown -> {
            throw ProblemException.invalidField("topics", "'" + unknown + "' is not in the topic catalogue; add it there first");
        });
    }

    /** Events on a renamed topic are found by its new names from now on. */
    public void topicRenamed(String slug) {
        for (Event event : events.onTopic(slug)) {
            search.reindex(event);
        }
    }
}
