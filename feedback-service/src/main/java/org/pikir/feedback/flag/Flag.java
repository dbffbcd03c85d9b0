package org.pikir.feedback.flag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.pikir.feedback.common.ItemType;

import java.time.Instant;

/** A citizen's report that a comment or recommendation breaks the rules; one per person and item. */
@Entity
@Table(name = "flag")
public class Flag {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flag_seq")
    @SequenceGenerator(name = "flag_seq", sequenceName = "flag_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    public ItemType targetType;

    @Column(name = "target_id")
    public Long targetId;

    /** The Keycloak subject of the flagger: used for once-per-person, never shown. */
    @Column(name = "flagger_subject")
    public String flaggerSubject;

    @Enumerated(EnumType.STRING)
    public FlagReason reason;

    public String note;

    @Column(name = "created_at")
    public Instant createdAt;

    /** When a moderator decided on the item; a resolved flag no longer puts it in the flagged queue. */
    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;
}
