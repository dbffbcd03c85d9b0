package org.pikir.events.draft;

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

/** A draft document of an event, such as a draft law; its text lives in numbered versions. */
@Entity
@Table(name = "draft")
public class Draft {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_seq")
    @SequenceGenerator(name = "draft_seq", sequenceName = "draft_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id")
    public Long eventId;

    /** Language code to title. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title = new HashMap<>();

    /** A text written to show the platform, never an official act: every page says so. */
    public boolean demonstration;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
