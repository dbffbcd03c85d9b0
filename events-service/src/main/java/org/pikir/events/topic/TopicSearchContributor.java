package org.pikir.events.topic;

import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.events.event.Event;
import org.pikir.events.search.SearchContributor;
import org.pikir.events.search.SearchDocument;

/** An event is found by the names of its topics in every language. */
@ApplicationScoped
public class TopicSearchContributor implements SearchContributor {

    private final TopicRepository topics;

    public TopicSearchContributor(TopicRepository topics) {
        this.topics = topics;
    }

    @Override
    public void contribute(Event event, SearchDocument document) {
        for (Topic topic : topics.named(event.topics)) {
            document.addAll(topic.name);
        }
    }
}
