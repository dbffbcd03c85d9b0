package org.pikir.events.agenda;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One session of an event's agenda: speeches, a panel, an expert discussion. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_item_seq")
    @SequenceGenerator(name = "agenda_item_seq", sequenceName = "agenda_item_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id")
    public Long eventId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title = new HashMap<>();

    @Enumerated(EnumType.STRING)
    public AgendaItemKind kind;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "sort_order")
    public int sortOrder;

    @ElementCollection
    @CollectionTable(name = "agenda_item_participant", joinColumns = @JoinColumn(name = "agenda_item_id"))
    @Column(name = "participant_id")
    public Set<Long> participantIds = new LinkedHashSet<>();
}
