package org.pikir.events.statement;

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

/**
 * What a participant said at an event, quoted or reported, in the language it was said in; citable by its stable id.
 * Translations an editor adds sit beside the original, never in its place.
 */
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

    /** The original text, in {@link #language}. */
    public String text;
    public String language;

    @Enumerated(EnumType.STRING)
    public StatementKind kind = StatementKind.QUOTE;

    /** Language code to an editor's translation of {@link #text}; never the original's own language. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> translations = new HashMap<>();

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "created_at")
    public Instant createdAt;
}
