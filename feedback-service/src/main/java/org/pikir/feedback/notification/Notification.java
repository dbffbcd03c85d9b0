package org.pikir.feedback.notification;

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

/** What a citizen was told about a staff decision on one of their items. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    public Long id;

    @Column(name = "recipient_subject")
    public String recipientSubject;

    @Enumerated(EnumType.STRING)
    public ItemDecision.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    public ItemType targetType;

    @Column(name = "target_id")
    public long targetId;

    @Column(name = "event_slug")
    public String eventSlug;

    public String outcome;
    public String reason;
    public String note;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
