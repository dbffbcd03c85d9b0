package org.pikir.events.topic;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class TopicChangeRepository implements PanacheRepository<TopicChange> {

    public List<TopicChange> ofTopic(String slug) {
        return list("topicSlug", Sort.descending("changedAt").and("id", Sort.Direction.Descending), slug);
    }
}
