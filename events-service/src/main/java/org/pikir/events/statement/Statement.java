package org.pikir.events.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** What a participant said at an event, quoted; citable by its stable id. */
@Entity
@Table(name = "statement")
public class Statement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
    @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "participant_id")
    public Long participantId;

    @Column(name = "agenda_item_id")
    public Long agendaItemId;

    public String text;
    public String language;

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "created_at")
    public Instant createdAt;
}
