package org.pikir.events.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** One entry of a topic's public history: who added or renamed it, when, and the names it had from then on. */
@Entity
@Table(name = "topic_change")
public class TopicChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_change_seq")
    @SequenceGenerator(name = "topic_change_seq", sequenceName = "topic_change_seq", allocationSize = 50)
    public Long id;

    @Column(name = "topic_slug")
    public String topicSlug;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    public String action;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> name = new HashMap<>();
}
