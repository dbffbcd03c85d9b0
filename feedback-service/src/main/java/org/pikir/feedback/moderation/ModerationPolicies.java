package org.pikir.feedback.moderation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.audit.AuditLog;
import org.pikir.feedback.common.Staff;
import org.pikir.feedback.common.Timestamps;
import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.event.EventCatalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Each event's moderation policy: pre-moderated events hold new items until a moderator publishes them. */
@ApplicationScoped
public class ModerationPolicies {

    static final ModerationMode DEFAULT = ModerationMode.POST;

    private final EntityManager db;
    private final EventCatalog events;
    private final AuditLog audit;
    private final Clock clock;

    public ModerationPolicies(EntityManager db, EventCatalog events, AuditLog audit, Clock clock) {
        this.db = db;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** How a new item on the event starts out; read in the creating transaction so a policy change applies at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Visibility initialVisibility(String eventSlug) {
        return find(eventSlug).mode() == ModerationMode.PRE ? Visibility.PENDING : Visibility.PUBLISHED;
    }

    @Transactional
    public ModerationPolicyResponse get(String eventSlug) {
        return find(eventSlug);
    }

    /** Sets the policy of an existing event (asked of events-service before the transaction) and audits the change. */
    public ModerationPolicyResponse set(String eventSlug, ModerationMode mode, Staff staff) {
        events.requireExists(eventSlug);
        return QuarkusTransaction.requiringNew().call(() -> {
            ModerationPolicyResponse before = find(eventSlug);
            Instant now = clock.instant();
            db.createNativeQuery("""
                            insert into moderation_policy (event_slug, mode, updated_by, updated_at) values (?1, ?2, ?3, ?4)
                            on conflict (event_slug) do update
                            set mode = excluded.mode, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                    .setParameter(1, eventSlug).setParameter(2, mode.name()).setParameter(3, staff.name())
                    .setParameter(4, now)
                    .executeUpdate();
            audit.record(staff, "moderation.policy", "event", eventSlug,
                    new PolicyState(before.mode()), new PolicyState(mode));
            return new ModerationPolicyResponse(eventSlug, mode, staff.name(), now);
        });
    }

    private ModerationPolicyResponse find(String eventSlug) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(
                        "select mode, updated_by, updated_at from moderation_policy where event_slug = ?1")
                .setParameter(1, eventSlug)
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> new ModerationPolicyResponse(eventSlug, ModerationMode.valueOf((String) row[0]),
                        (String) row[1], Timestamps.instant(row[2])))
                .orElse(new ModerationPolicyResponse(eventSlug, DEFAULT, null, null));
    }

    record PolicyState(ModerationMode mode) {
    }
}
