package org.pikir.feedback.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.audit.AuditLog;
import org.pikir.feedback.comment.CommentService;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Timestamps;
import org.pikir.feedback.notification.Notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A person's data as a whole: exported for them, or erased at their request. Erasing keeps what
 * the consultation's record needs (items, their counts, statuses and answers) and removes what
 * says who the person is or what they wrote.
 */
@ApplicationScoped
public class AccountData {

    /** The actor and target of the audit entry of an erasure: nothing that names the person. */
    static final String ERASURE_ACTOR = "citizen";

    private final EntityManager db;
    private final MyFeedback myFeedback;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    public AccountData(EntityManager db, MyFeedback myFeedback, Notifications notifications, AuditLog audit,
                       Clock clock) {
        this.db = db;
        this.myFeedback = myFeedback;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AccountExport export(ProfileResponse profile, String subject) {
        List<MyItemResponse> items = myFeedback.all(subject);
        @SuppressWarnings("unchecked")
        List<Object[]> endorsements = db.createNativeQuery("""
                        select e.recommendation_id, r.event_slug, nullif(r.title, ''), e.created_at
                        from endorsement e join recommendation r on r.id = e.recommendation_id
                        where e.endorser_subject = ?1 order by e.created_at desc, e.recommendation_id desc""")
                .setParameter(1, subject).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> flags = db.createNativeQuery("""
                        select target_type, target_id, reason, note, created_at, resolved_at from flag
                        where flagger_subject = ?1 order by created_at desc, id desc""")
                .setParameter(1, subject).getResultList();
        return new AccountExport(clock.instant(), profile,
                items.stream().filter(i -> i.kind() == ItemType.COMMENT).toList(),
                items.stream().filter(i -> i.kind() == ItemType.RECOMMENDATION).toList(),
                endorsements.stream().map(row -> new AccountExport.Endorsement(((Number) row[0]).longValue(),
                        (String) row[1], (String) row[2], Timestamps.instant(row[3]))).toList(),
                flags.stream().map(row -> new AccountExport.FlagGiven(ItemType.valueOf((String) row[0]),
                        ((Number) row[1]).longValue(), (String) row[2], (String) row[3], Timestamps.instant(row[4]),
                        Timestamps.instant(row[5]))).toList(),
                notifications.all(subject));
    }

    /**
     * Erases the person's data in one transaction. Their comments and recommendations keep their
     * rows, counts, statuses and answers but lose text and author; endorsements and flags still
     * count but point at no one; profile, notifications and stored request replies are deleted.
     * Running it again finds nothing left and changes nothing.
     */
    @Transactional
    public void erase(String subject) {
        Instant now = clock.instant();
        // open flags on comments that leave the public view are settled first, while their author still matches
        update("""
                update flag set resolved_at = ?2, resolved_by = ?3
                where target_type = 'COMMENT' and resolved_at is null and target_id in
                    (select id from comment where author_subject = ?1 and status in ('PUBLISHED', 'PENDING'))""",
                subject, now, CommentService.RESOLVED_BY_DELETION);
        int comments = update("""
                update comment set body = '', quote = null, author_subject = ?2, author_name = ?3, moderation_note = null,
                    status = case when status in ('PUBLISHED', 'PENDING') then 'DELETED' else status end,
                    open_flag_count = case when status in ('PUBLISHED', 'PENDING') then 0 else open_flag_count end,
                    updated_at = ?4, version = version + 1
                where author_subject = ?1""", subject, Author.ERASED_SUBJECT, Author.ERASED_NAME, now);
        // a published recommendation stays listed, for its endorsements and the official answer it received
        int recommendations = update("""
                update recommendation set title = '', body = '', expected_effect = null, quote = null,
                    proposed_wording = null, author_subject = ?2,
                    author_name = ?3, moderation_note = null,
                    visibility = case when visibility = 'PENDING' then 'DELETED' else visibility end,
                    updated_at = ?4, version = version + 1
                where author_subject = ?1""", subject, Author.ERASED_SUBJECT, Author.ERASED_NAME, now);
        int endorsements = update("""
                update endorsement set endorser_subject = 'erased:' || gen_random_uuid()
                where endorser_subject = ?1""", subject);
        int flags = update("""
                update flag set flagger_subject = 'erased:' || gen_random_uuid(), note = null
                where flagger_subject = ?1""", subject);
        int notifications = update("delete from notification where recipient_subject = ?1", subject);
        update("delete from idempotency_key where owner_subject = ?1", subject);
        update("delete from submission_window where owner_subject = ?1", subject);
        int profiles = update("delete from profile where subject = ?1", subject);
        if (profiles + comments + recommendations + endorsements + flags + notifications > 0) {
            audit.record(ERASURE_ACTOR, "account.erase", "account", "erased", null,
                    new Erased(comments, recommendations, endorsements, flags, notifications));
        }
    }

    /** What an erasure touched, counted; all the audit log learns of it. */
    record Erased(int comments, int recommendations, int endorsements, int flags, int notifications) {
    }

    private int update(String sql, Object... parameters) {
        var query = db.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
