package org.pikir.events.participant;

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

import java.util.HashMap;
import java.util.Map;

/** A person who took part in an event, with the position and organisation they held then. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id")
    public Long eventId;

    /** The name as the person writes it, Kazakh letters included. */
    public String name;

    /** The name in Latin letters, for pages in English; null when none was given. */
    @Column(name = "latin_name")
    public String latinName;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> position = new HashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> organisation = new HashMap<>();

    @Enumerated(EnumType.STRING)
    public ParticipantRole role;

    @Column(name = "sort_order")
    public int sortOrder;
}
