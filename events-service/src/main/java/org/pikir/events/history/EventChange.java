package org.pikir.events.history;

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

/** One entry of an event's public change history. Written once, never updated. */
@Entity
@Table(name = "event_change")
public class EventChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_change_seq")
    @SequenceGenerator(name = "event_change_seq", sequenceName = "event_change_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** The staff member's user name; citizens never appear here. */
    @Column(name = "changed_by")
    public String changedBy;

    public String action;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> detail = new HashMap<>();
}
