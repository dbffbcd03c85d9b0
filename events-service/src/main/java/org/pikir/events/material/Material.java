package org.pikir.events.material;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A document, presentation, transcript or link published with an event; its content lives in versions. */
@Entity
@Table(name = "material")
public class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_seq")
    @SequenceGenerator(name = "material_seq", sequenceName = "material_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id")
    public Long eventId;

    @Enumerated(EnumType.STRING)
    public MaterialKind kind;

    /** Language code ({@code kk}, {@code ru}, {@code en}) to title. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title = new HashMap<>();

    /** The language the material itself is written in. */
    public String language;

    @Column(name = "current_version")
    public int currentVersion;

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Set when an editor takes the material down; the rows stay for the record. */
    @Column(name = "removed_at")
    public Instant removedAt;
}
