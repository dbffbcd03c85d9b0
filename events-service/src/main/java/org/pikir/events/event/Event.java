package org.pikir.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A forum, hearing or round table whose materials Pikir publishes and on which citizens give feedback. */
@Entity
@Table(name = "event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    public Long id;

    public String slug;

    /** Language code ({@code kk}, {@code ru}, {@code en}) to text. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title = new HashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> summary = new HashMap<>();

    @Enumerated(EnumType.STRING)
    public EventKind kind = EventKind.FORUM;

    @Enumerated(EnumType.STRING)
    public EventFormat format = EventFormat.IN_PERSON;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> description = new HashMap<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> topics = new ArrayList<>();

    @Column(name = "cover_url")
    public String coverUrl;

    /** The conclusions adopted at the end, per language. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> outcome = new HashMap<>();

    /** Where and by whom, per language: a place or body may be written differently in each. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> city = new HashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> venue = new HashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> organiser = new HashMap<>();

    /** Where Pikir's record of the event comes from (a news article, an official notice), per language. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> source = new HashMap<>();

    @Column(name = "event_date")
    public LocalDate date;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "time_zone")
    public String timeZone;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    @Column(name = "consultation_opens_at")
    public Instant consultationOpensAt;

    @Column(name = "consultation_closes_at")
    public Instant consultationClosesAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "search_ru")
    public String searchRu = "";

    @Column(name = "search_kk")
    public String searchKk = "";

    @Column(name = "search_en")
    public String searchEn = "";

    /** Which way of building search documents wrote searchRu/Kk/En; older ones are rebuilt at start. */
    @Column(name = "search_version")
    public int searchVersion;

    @Version
    public int version;

    public boolean isPublic() {
        return isPublic(status);
    }

    /** Feedback is accepted only on a published event inside its consultation window. */
    public boolean acceptsFeedbackAt(Instant now) {
        return acceptsFeedback(status, consultationOpensAt, consultationClosesAt, now);
    }

    static boolean isPublic(EventStatus status) {
        return status == EventStatus.PUBLISHED || status == EventStatus.ARCHIVED;
    }

    static boolean acceptsFeedback(EventStatus status, Instant opensAt, Instant closesAt, Instant now) {
        return status == EventStatus.PUBLISHED
                && opensAt != null && !now.isBefore(opensAt)
                && (closesAt == null || now.isBefore(closesAt));
    }
}
