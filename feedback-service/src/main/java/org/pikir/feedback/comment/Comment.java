package org.pikir.feedback.comment;

import org.pikir.feedback.common.Visibility;
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

import java.time.Instant;

/**
 * A citizen's comment on an event, one of its statements or materials, a draft document or a passage of one, or a
 * reply to another comment.
 */
@Entity
@Table(name = "comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_seq")
    @SequenceGenerator(name = "comment_seq", sequenceName = "comment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_slug")
    public String eventSlug;

    @Column(name = "statement_id")
    public Long statementId;

    @Column(name = "material_id")
    public Long materialId;

    @Column(name = "parent_id")
    public Long parentId;

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

    /**
     * The top-level comment this one is under. The service sets it on a reply (its parent's thread); on a
     * top-level comment the database sets it to the comment's own id when the row is written.
     */
    @Column(name = "thread_id", updatable = false)
    public Long threadId;

    /** How many comments up the thread this one answers: 0 for a top-level comment. */
    @Column(updatable = false)
    public int depth;

    /** The listed replies in a top-level comment's thread; kept by the database as replies come and go. */
    @Column(name = "reply_count", insertable = false, updatable = false)
    public int replyCount;

    public String body;
    public String language;

    /** The Keycloak subject: used for ownership, never shown. */
    @Column(name = "author_subject")
    public String authorSubject;

    /** The pseudonym shown publicly. */
    @Column(name = "author_name")
    public String authorName;

    @Enumerated(EnumType.STRING)
    public Visibility status;

    /** Why a moderator last hid or rejected the item; shown publicly in place of a hidden item's text. */
    @Column(name = "moderation_reason")
    public String moderationReason;

    /** 0..1, higher = more likely spam or abuse; orders the moderation queue, never hides anything by itself. */
    @Column(name = "spam_score")
    public Float spamScore;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the author last changed the text; null when never edited. */
    @Column(name = "edited_at")
    public Instant editedAt;

    @Version
    public int version;
}
