package org.pikir.events.draft;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One numbered version of a draft: being edited by staff, or published and frozen. */
@Entity
@Table(name = "draft_version")
public class DraftVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_version_seq")
    @SequenceGenerator(name = "draft_version_seq", sequenceName = "draft_version_seq", allocationSize = 50)
    public Long id;

    @Column(name = "draft_id")
    public Long draftId;

    public int number;

    @Enumerated(EnumType.STRING)
    public DraftVersionStatus status;

    /** The languages with a text, the first imported first. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    @Column(name = "change_note")
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> changeNote = new HashMap<>();

    @Column(name = "article_count")
    public int articleCount;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    public boolean isPublished() {
        return status == DraftVersionStatus.PUBLISHED;
    }
}
