package org.pikir.feedback.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.comment.CommentService;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Timestamps;
import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.recommendation.RecommendationResponse.OfficialAnswer;
import org.pikir.feedback.recommendation.RecommendationStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a citizen submitted, read back for them alone. Comments and recommendations are
 * read in one statement per page, newest first, so the list costs the same for any length.
 */
@ApplicationScoped
public class MyFeedback {

    /** Both kinds in one row shape; the kind sorts ties so that the keyset order is total. */
    private static final String ITEMS = """
            select * from (
                select 'COMMENT' as kind, id, event_slug, parent_id, statement_id, material_id,
                       cast(null as varchar) as title, body, cast(null as varchar) as topic,
                       cast(null as text) as expected_effect, language, status as visibility,
                       moderation_reason, moderation_note, moderated_at,
                       cast(null as varchar) as review_status, cast(null as bigint) as merged_into_id,
                       cast(null as text) as official_answer, cast(null as varchar) as answered_by,
                       cast(null as timestamptz) as answered_at, cast(null as integer) as endorsement_count,
                       version, created_at, updated_at, draft_id, draft_version, passage_key, article_key, quote,
                       cast(null as varchar) as proposed_wording
                from comment where author_subject = ?1 %1$s
                union all
                select 'RECOMMENDATION', id, event_slug, null, statement_id, material_id,
                       title, body, topic, expected_effect, language, visibility,
                       moderation_reason, moderation_note, moderated_at,
                       status, merged_into_id, official_answer, answered_by, answered_at, endorsement_count,
                       version, created_at, updated_at, draft_id, draft_version, passage_key, article_key, quote,
                       proposed_wording
                from recommendation where author_subject = ?1 %2$s
            ) item
            order by created_at desc, kind desc, id desc""";

    private final EntityManager db;
    private final CommentService comments;
    private final Clock clock;

    public MyFeedback(EntityManager db, CommentService comments, Clock clock) {
        this.db = db;
        this.comments = comments;
        this.clock = clock;
    }

    @Transactional
    public CursorPage<MyItemResponse> page(String subject, Cursor after, int size) {
        String commentsAfter = "";
        String recommendationsAfter = "";
        if (after != null) {
            // a row comes after the cursor when (created_at, kind, id) sorts below it
            commentsAfter = "and (created_at, 'COMMENT', id) < (?2, ?3, ?4)";
            recommendationsAfter = "and (created_at, 'RECOMMENDATION', id) < (?2, ?3, ?4)";
        }
        var query = db.createNativeQuery(ITEMS.formatted(commentsAfter, recommendationsAfter) + " limit " + (size + 1))
                .setParameter(1, subject);
        if (after != null) {
            query.setParameter(2, after.at())
                    .setParameter(3, after.type() == null ? ItemType.COMMENT.name() : after.type().name())
                    .setParameter(4, after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<MyItemResponse> items = rows.stream().limit(size).map(this::item).toList();
        String next = null;
        if (rows.size() > size) {
            MyItemResponse last = items.get(size - 1);
            next = new Cursor(last.createdAt(), last.kind(), last.id()).encode();
        }
        return new CursorPage<>(items, next);
    }

    /** Every item of the person, newest first, for the export of their data. */
    @Transactional
    public List<MyItemResponse> all(String subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(ITEMS.formatted("", "")).setParameter(1, subject).getResultList();
        List<MyItemResponse> items = new ArrayList<>(rows.size());
        rows.forEach(row -> items.add(item(row)));
        return items;
    }

    private MyItemResponse item(Object[] row) {
        ItemType kind = ItemType.valueOf((String) row[0]);
        Visibility visibility = Visibility.valueOf((String) row[11]);
        boolean moderated = visibility == Visibility.HIDDEN || visibility == Visibility.REJECTED;
        boolean deleted = visibility == Visibility.DELETED;
        Instant createdAt = Timestamps.instant(row[22]);
        boolean editable = kind == ItemType.COMMENT
                && (visibility == Visibility.PUBLISHED || visibility == Visibility.PENDING);
        Instant editableUntil = editable ? comments.editableUntil(createdAt) : null;
        String answer = (String) row[17];
        return new MyItemResponse(kind, ((Number) row[1]).longValue(), (String) row[2], longOrNull(row[3]),
                longOrNull(row[4]), longOrNull(row[5]), blankToNull((String) row[6]), deleted ? null : blankToNull((String) row[7]),
                (String) row[8], (String) row[9], (String) row[10], visibility,
                moderated ? new MyItemResponse.ModerationOutcome((String) row[12], (String) row[13],
                        Timestamps.instant(row[14])) : null,
                row[15] == null ? null : RecommendationStatus.valueOf((String) row[15]), longOrNull(row[16]),
                answer == null ? null : new OfficialAnswer(answer, (String) row[18], Timestamps.instant(row[19])),
                row[20] == null ? null : ((Number) row[20]).intValue(), ((Number) row[21]).intValue(),
                editableUntil != null && editableUntil.isAfter(clock.instant()) ? editableUntil : null,
                createdAt, Timestamps.instant(row[23]), longOrNull(row[24]),
                row[25] == null ? null : ((Number) row[25]).intValue(), (String) row[26], (String) row[27],
                deleted ? null : (String) row[28], (String) row[29]);
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
