package org.pikir.feedback.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.ItemType;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Tells authors about staff decisions on their items. The notification row is written in the
 * transaction of the decision, so both commit or neither does; the e-mail is only handed on, and
 * sent by {@link NotificationMailer} after the commit, so mail can never undo a decision.
 */
@ApplicationScoped
public class Notifications {

    private static final int EXCERPT = 120;

    private final NotificationRepository notifications;
    private final EntityManager db;
    private final Event<NotificationMail> mails;
    private final Clock clock;

    public Notifications(NotificationRepository notifications, EntityManager db, Event<NotificationMail> mails,
                         Clock clock) {
        this.notifications = notifications;
        this.db = db;
        this.mails = mails;
        this.clock = clock;
    }

    /** Runs inside the moderation or review transaction that fired the decision. */
    void onDecision(@Observes ItemDecision decision) {
        ItemType type = decision.type();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("select author_subject, event_slug, "
                        + (type == ItemType.COMMENT ? "body, null, null" : "title, official_answer, answered_by")
                        + " from " + type.table() + " where id = ?1")
                .setParameter(1, decision.id())
                .getResultList();
        if (rows.isEmpty() || Author.ERASED_SUBJECT.equals(rows.get(0)[0])) {
            return;
        }
        Object[] item = rows.get(0);
        Notification notification = new Notification();
        notification.recipientSubject = (String) item[0];
        notification.kind = decision.kind();
        notification.targetType = type;
        notification.targetId = decision.id();
        notification.eventSlug = (String) item[1];
        notification.outcome = decision.outcome();
        notification.reason = decision.reason();
        notification.note = decision.note();
        notification.createdAt = decision.at();
        notifications.persist(notification);
        recipient(notification.recipientSubject)
                .filter(r -> r.emailNotifications() && r.email() != null)
                .ifPresent(r -> mails.fire(new NotificationMail(r.email(), r.language(), r.displayName(),
                        decision.kind(), type, notification.eventSlug, excerpt((String) item[2]), decision.outcome(),
                        decision.reason(), decision.note(),
                        decision.kind() == ItemDecision.Kind.ANSWERED ? (String) item[3] : null, (String) item[4])));
    }

    /** The recipient's notifications, newest first, each with a sentence in their language. */
    @Transactional
    public CursorPage<NotificationResponse> page(String subject, Cursor after, int size) {
        String language = language(subject);
        List<Notification> rows = notifications.newestFirst(subject, after, size + 1);
        List<NotificationResponse> items = rows.stream().limit(size)
                .map(n -> NotificationResponse.from(n, NotificationTexts.message(language, n)))
                .toList();
        String next = rows.size() > size
                ? Cursor.of(items.get(size - 1).createdAt(), items.get(size - 1).id()).encode()
                : null;
        return new CursorPage<>(items, next);
    }

    /** Every notification of the recipient, newest first, for the export of their data. */
    @Transactional
    public List<NotificationResponse> all(String subject) {
        String language = language(subject);
        return notifications.allOf(subject).stream()
                .map(n -> NotificationResponse.from(n, NotificationTexts.message(language, n)))
                .toList();
    }

    /** Marks every unread notification of the recipient read; returns how many were unread. */
    @Transactional
    public int markAllRead(String subject) {
        return notifications.update("readAt = ?1 where recipientSubject = ?2 and readAt is null", clock.instant(), subject);
    }

    private record Recipient(String displayName, String language, String email, boolean emailNotifications) {
    }

    private Optional<Recipient> recipient(String subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(
                        "select display_name, language, email, email_notifications from profile where subject = ?1")
                .setParameter(1, subject)
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> new Recipient((String) row[0], (String) row[1], (String) row[2], (Boolean) row[3]));
    }

    private String language(String subject) {
        return recipient(subject).map(Recipient::language).orElse(null);
    }

    private static String excerpt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT).strip() + "…";
    }
}
