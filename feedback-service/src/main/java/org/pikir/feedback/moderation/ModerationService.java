package org.pikir.feedback.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.analysis.spam.SpamTraining;
import org.pikir.feedback.audit.AuditLog;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Staff;
import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.notification.ItemDecision;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.text.PlainText;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Moderators' decisions on comments and recommendations. Both kinds are moderated the same way,
 * so this works on their rows directly; each decision locks the row, resolves its open flags and
 * writes its audit entry in one transaction.
 */
@ApplicationScoped
public class ModerationService {

    private final EntityManager db;
    private final AuditLog audit;
    private final Event<ItemDecision> decisions;
    private final SpamTraining spamTraining;
    private final Clock clock;

    public ModerationService(EntityManager db, AuditLog audit, Event<ItemDecision> decisions,
                             SpamTraining spamTraining, Clock clock) {
        this.db = db;
        this.spamTraining = spamTraining;
        this.audit = audit;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Transactional
    public ModeratedItemResponse moderate(ItemType type, long id, ModerationRequest request, Staff staff) {
        if (request.action().needsReason() && request.reason() == null) {
            throw ProblemException.invalidField("reason", "is required to hide or reject");
        }
        String note = PlainText.normalise(request.note());
        note = note == null || note.isEmpty() ? null : note;
        Locked locked = lock(type, id);
        ModerationState before = locked.state();
        Visibility to = request.action().applyTo(before.visibility()).orElseThrow(() -> ProblemException.conflict(
                "invalid-moderation", "Cannot " + request.action() + " a " + type.table() + " that is "
                        + before.visibility() + "."));
        Instant now = clock.instant();
        db.createNativeQuery("update " + type.table() + " set " + type.visibilityColumn() + " = ?1,"
                        + " moderation_reason = ?2, moderation_note = ?3, moderated_by = ?4, moderated_at = ?5,"
                        + " open_flag_count = 0, updated_at = ?5, version = version + 1 where id = ?6")
                .setParameter(1, to.name())
                .setParameter(2, request.reason() == null ? null : request.reason().name())
                .setParameter(3, note).setParameter(4, staff.name()).setParameter(5, now).setParameter(6, id)
                .executeUpdate();
        int resolved = db.createNativeQuery("""
                        update flag set resolved_at = ?1, resolved_by = ?2
                        where target_type = ?3 and target_id = ?4 and resolved_at is null""")
                .setParameter(1, now).setParameter(2, staff.name()).setParameter(3, type.name()).setParameter(4, id)
                .executeUpdate();
        spamTraining.learn(type, id, locked.eventSlug(), request.action(), request.reason());
        ModerationState after = new ModerationState(to, request.reason(), note, 0);
        audit.record(staff, "moderation." + request.action().name().toLowerCase(Locale.ROOT), type.table(),
                String.valueOf(id), before, after);
        // the author hears of a change, not of a moderator keeping a flagged item up as it was
        if (to != before.visibility() || request.reason() != before.reason()) {
            decisions.fire(ItemDecision.moderated(type, id, to,
                    request.reason() == null ? null : request.reason().name(), note, now));
        }
        return new ModeratedItemResponse(type, id, locked.eventSlug(), to, request.reason(), note, staff.name(), now, resolved);
    }

    /** The current public account of an event's moderation, counted from the items themselves. */
    @Transactional
    public ModerationLogResponse log(String eventSlug) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        select 'COMMENT', status, moderation_reason, count(*) from comment
                        where event_slug = ?1 and status in ('HIDDEN', 'REJECTED') group by status, moderation_reason
                        union all
                        select 'RECOMMENDATION', visibility, moderation_reason, count(*) from recommendation
                        where event_slug = ?1 and visibility in ('HIDDEN', 'REJECTED') group by visibility, moderation_reason
                        order by 1, 2, 3""")
                .setParameter(1, eventSlug)
                .getResultList();
        List<ModerationLogResponse.Entry> entries = rows.stream()
                .map(row -> new ModerationLogResponse.Entry(ItemType.valueOf((String) row[0]),
                        Visibility.valueOf((String) row[1]),
                        row[2] == null ? ModerationReason.OTHER : ModerationReason.valueOf((String) row[2]),
                        ((Number) row[3]).longValue()))
                .toList();
        long hidden = entries.stream().filter(e -> e.outcome() == Visibility.HIDDEN)
                .mapToLong(ModerationLogResponse.Entry::count).sum();
        long rejected = entries.stream().filter(e -> e.outcome() == Visibility.REJECTED)
                .mapToLong(ModerationLogResponse.Entry::count).sum();
        return new ModerationLogResponse(eventSlug, hidden, rejected, entries, months(eventSlug));
    }

    /** Newest month first; an event's moderation spans a few months, so every month is given. */
    private List<ModerationLogResponse.Month> months(String eventSlug) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        select to_char(moderated_at at time zone 'UTC', 'YYYY-MM') as month,
                               count(*) filter (where outcome = 'HIDDEN'), count(*) filter (where outcome = 'REJECTED')
                        from (select status as outcome, moderated_at from comment
                              where event_slug = ?1 and status in ('HIDDEN', 'REJECTED')
                              union all
                              select visibility, moderated_at from recommendation
                              where event_slug = ?1 and visibility in ('HIDDEN', 'REJECTED')) decided
                        group by month order by month desc""")
                .setParameter(1, eventSlug)
                .getResultList();
        return rows.stream()
                .map(row -> new ModerationLogResponse.Month((String) row[0], ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue()))
                .toList();
    }

    private Locked lock(ItemType type, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("select " + type.visibilityColumn()
                        + ", moderation_reason, moderation_note, open_flag_count, event_slug from " + type.table()
                        + " where id = ?1 for update")
                .setParameter(1, id)
                .getResultList();
        Object[] row = rows.stream().findFirst().orElseThrow(() -> ProblemException.notFound(
                type == ItemType.COMMENT ? "Comment" : "Recommendation", String.valueOf(id)));
        Visibility visibility = Visibility.valueOf((String) row[0]);
        if (visibility == Visibility.DELETED) {
            throw ProblemException.conflict("invalid-moderation", "This " + type.table() + " was deleted by its author.");
        }
        return new Locked((String) row[4], new ModerationState(visibility,
                row[1] == null ? null : ModerationReason.valueOf((String) row[1]), (String) row[2],
                ((Number) row[3]).intValue()));
    }

    private record Locked(String eventSlug, ModerationState state) {
    }

    /** What the audit log keeps of an item's moderation before and after a decision. */
    record ModerationState(Visibility visibility, ModerationReason reason, String note, int openFlags) {
    }
}
