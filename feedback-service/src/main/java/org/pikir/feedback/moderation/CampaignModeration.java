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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One decision on every comment of a campaign, as {@link ModerationService} makes it on one: the members are locked,
 * changed and their open flags resolved in set-based statements; each member gets its own audit entry and its author
 * the same notification as for a single decision, and the campaign one {@code moderation.campaign} entry. Members the
 * action cannot start from (deleted ones, or e.g. a pending one to hide) are left as they are.
 */
@ApplicationScoped
public class CampaignModeration {

    private final EntityManager db;
    private final AuditLog audit;
    private final Event<ItemDecision> decisions;
    private final SpamTraining spamTraining;
    private final Clock clock;

    public CampaignModeration(EntityManager db, AuditLog audit, Event<ItemDecision> decisions,
                              SpamTraining spamTraining, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.decisions = decisions;
        this.spamTraining = spamTraining;
        this.clock = clock;
    }

    /** What a campaign decision did: how many members it changed. */
    public record Outcome(long affected) {
    }

    @Transactional
    public Outcome moderate(long campaignId, ModerationRequest request, Staff staff) {
        if (request.action().needsReason() && request.reason() == null) {
            throw ProblemException.invalidField("reason", "is required to hide or reject");
        }
        String note = PlainText.normalise(request.note());
        note = note == null || note.isEmpty() ? null : note;
        @SuppressWarnings("unchecked")
        List<Object[]> campaign = db.createNativeQuery(
                        "select event_slug, representative_text from campaign where id = ?1 for update")
                .setParameter(1, campaignId).getResultList();
        if (campaign.isEmpty()) {
            throw ProblemException.notFound("Campaign", String.valueOf(campaignId));
        }
        // every action may start from PUBLISHED, so this is the action's outcome
        Visibility to = request.action().applyTo(Visibility.PUBLISHED).orElseThrow();
        List<String> from = Arrays.stream(Visibility.values())
                .filter(v -> v != Visibility.DELETED && request.action().applyTo(v).isPresent())
                .map(Visibility::name).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> members = db.createNativeQuery("""
                        select id, status, moderation_reason, moderation_note, open_flag_count from comment
                        where id in (select comment_id from campaign_member where campaign_id = ?1)
                          and status in (?2) order by id for update""")
                .setParameter(1, campaignId).setParameter(2, from).getResultList();
        Instant now = clock.instant();
        db.createNativeQuery("""
                        update comment set status = ?1, moderation_reason = ?2, moderation_note = ?3, moderated_by = ?4,
                               moderated_at = ?5, open_flag_count = 0, updated_at = ?5, version = version + 1
                        where id in (select comment_id from campaign_member where campaign_id = ?6)
                          and status in (?7)""")
                .setParameter(1, to.name())
                .setParameter(2, request.reason() == null ? null : request.reason().name())
                .setParameter(3, note).setParameter(4, staff.name()).setParameter(5, now)
                .setParameter(6, campaignId).setParameter(7, from)
                .executeUpdate();
        db.createNativeQuery("""
                        update flag set resolved_at = ?1, resolved_by = ?2
                        where target_type = 'COMMENT' and resolved_at is null
                          and target_id in (select comment_id from campaign_member where campaign_id = ?3)""")
                .setParameter(1, now).setParameter(2, staff.name()).setParameter(3, campaignId)
                .executeUpdate();
        String action = "moderation." + request.action().name().toLowerCase(Locale.ROOT);
        ModerationService.ModerationState after = new ModerationService.ModerationState(to, request.reason(), note, 0);
        for (Object[] member : members) {
            long id = ((Number) member[0]).longValue();
            Visibility was = Visibility.valueOf((String) member[1]);
            ModerationReason reason = member[2] == null ? null : ModerationReason.valueOf((String) member[2]);
            var before = new ModerationService.ModerationState(was, reason, (String) member[3],
                    ((Number) member[4]).intValue());
            audit.record(staff, action, ItemType.COMMENT.table(), String.valueOf(id), before, after);
            if (to != was || request.reason() != reason) {
                decisions.fire(ItemDecision.moderated(ItemType.COMMENT, id, to,
                        request.reason() == null ? null : request.reason().name(), note, now));
            }
        }
        audit.record(staff, "moderation.campaign", "campaign", String.valueOf(campaignId), null,
                Map.of("action", request.action().name(), "reason", String.valueOf(request.reason()),
                        "affected", members.size()));
        if (!members.isEmpty()) {
            // one lesson for the campaign, so a single campaign does not outweigh every other decision
            spamTraining.learnText((String) campaign.get(0)[0], (String) campaign.get(0)[1], request.action(),
                    request.reason());
        }
        return new Outcome(members.size());
    }
}
