package org.pikir.events.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pikir.events.event.EventTopics;
import org.pikir.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The catalogue of topics: editors add and rename them; events refer to them by slug, which never changes, so a
 * rename shows on every forum at once (and makes those forums findable by the new names).
 */
@ApplicationScoped
public class TopicService {

    private final TopicRepository topics;
    private final TopicChangeRepository changes;
    private final EventTopics events;
    private final Clock clock;

    public TopicService(TopicRepository topics, TopicChangeRepository changes, EventTopics events, Clock clock) {
        this.topics = topics;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<TopicResponse> catalogue() {
        return topics.catalogue().stream().map(TopicResponse::from).toList();
    }

    @Transactional
    public TopicResponse get(String slug) {
        return TopicResponse.from(find(slug));
    }

    @Transactional
    public List<TopicChangeResponse> history(String slug) {
        find(slug);
        return changes.ofTopic(slug).stream().map(TopicChangeResponse::from).toList();
    }

    @Transactional
    public TopicResponse add(TopicRequest request, String editor) {
        if (request.slug() == null) {
            throw ProblemException.invalidField("slug", "must not be blank");
        }
        if (topics.findByIdOptional(request.slug()).isPresent()) {
            throw ProblemException.conflict("duplicate-topic", "A topic with slug '" + request.slug() + "' already exists.");
        }
        Instant now = clock.instant();
        Topic topic = new Topic();
        topic.slug = request.slug();
        topic.name = names(request.name());
        topic.createdAt = now;
        topic.createdBy = editor;
        topic.updatedAt = now;
        topics.persist(topic);
        record(topic, editor, "topic.added", now);
        return TopicResponse.from(topic);
    }

    @Transactional
    public TopicResponse rename(String slug, TopicRequest request, String editor) {
        if (request.slug() != null && !request.slug().equals(slug)) {
            throw ProblemException.invalidField("slug", "cannot change; forums refer to the topic by it");
        }
        Topic topic = find(slug);
        Map<String, String> name = names(request.name());
        if (!name.equals(topic.name)) {
            Instant now = clock.instant();
            topic.name = name;
            topic.updatedAt = now;
            record(topic, editor, "topic.renamed", now);
            topics.flush();
            events.topicRenamed(slug);
        }
        return TopicResponse.from(topic);
    }

    private Topic find(String slug) {
        return topics.findByIdOptional(Objects.requireNonNullElse(slug, ""))
                .orElseThrow(() -> ProblemException.notFound("Topic", slug));
    }

    private void record(Topic topic, String editor, String action, Instant at) {
        TopicChange change = new TopicChange();
        change.topicSlug = topic.slug;
        change.changedAt = at;
        change.changedBy = editor;
        change.action = action;
        change.name = new HashMap<>(topic.name);
        changes.persist(change);
    }

    private static Map<String, String> names(TopicRequest.Names names) {
        return Map.of("kk", names.kk().strip(), "ru", names.ru().strip(), "en", names.en().strip());
    }
}
