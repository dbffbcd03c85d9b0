package org.pikir.events.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A subject forums are about, named in every content language; events refer to it by its permanent slug. */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    public String slug;

    /** Language code ({@code kk}, {@code ru}, {@code en}) to the topic's name; all three are required. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> name = new HashMap<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
