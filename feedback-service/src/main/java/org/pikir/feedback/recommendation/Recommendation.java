package org.pikir.feedback.recommendation;

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
import org.hibernate.annotations.Formula;
import org.pikir.feedback.common.Visibility;

import java.time.Instant;

/** A citizen's structured proposal on an event, reviewed and answered publicly by the public body. */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recommendation_seq")
    @SequenceGenerator(name = "recommendation_seq", sequenceName = "recommendation_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_slug")
    public String eventSlug;

    @Column(name = "statement_id")
    public Long statementId;

    @Column(name = "material_id")
    public Long materialId;

    /** The draft document it is about, with the version read, the unit's and its article's keys and the quote. */
    @Column(name = "draft_id")
    public Long draftId;

    @Column(name = "draft_version")
    public Integer draftVersion;

    @Column(name = "passage_key")
    public String passageKey;

    @Column(name = "article_key")
    public String articleKey;

    public String quote;

    /** The wording its author proposes for the passage. */
    @Column(name = "proposed_wording")
    public String proposedWording;

    public String title;
    public String body;
    public String topic;

    @Column(name = "expected_effect")
    public String expectedEffect;

    public String language;

    @Column(name = "author_subject")
    public String authorSubject;

    @Column(name = "author_name")
    public String authorName;

    @Enumerated(EnumType.STRING)
    public RecommendationStatus status;

    @Column(name = "merged_into_id")
    public Long mergedIntoId;

    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "official_answer")
    public String officialAnswer;

    /** The body or office that answered, as published; not a personal account. */
    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    /** Kept as a column so lists never count rows per item. */
    @Column(name = "endorsement_count")
    public int endorsementCount;

    /** Why a moderator last hid or rejected the item; shown publicly in place of a hidden item's text. */
    @Column(name = "moderation_reason")
    public String moderationReason;

    /** The near-duplicate group; written only by {@link RecommendationGroups}, so Hibernate never overwrites it. */
    @Column(name = "group_id", insertable = false, updatable = false)
    public Long groupId;

    /** How many recommendations the group holds, read in the same statement as the recommendation itself. */
    @Formula("(select g.member_count from recommendation_group g where g.id = group_id)")
    public Integer groupSize;

    /** 0..1, higher = more likely spam or abuse; orders the moderation queue, never hides anything by itself. */
    @Column(name = "spam_score")
    public Float spamScore;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
