package org.pikir.feedback.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A staff member's internal remark on a recommendation under review; never shown to the public. */
@Entity
@Table(name = "review_note")
public class ReviewNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_note_seq")
    @SequenceGenerator(name = "review_note_seq", sequenceName = "review_note_seq", allocationSize = 50)
    public Long id;

    @Column(name = "recommendation_id")
    public Long recommendationId;

    @Column(name = "author_name")
    public String authorName;

    public String text;

    @Column(name = "created_at")
    public Instant createdAt;
}
