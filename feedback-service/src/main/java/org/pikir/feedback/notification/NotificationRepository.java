package org.pikir.feedback.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.feedback.common.Cursor;

import java.util.List;

@ApplicationScoped
public class NotificationRepository implements PanacheRepository<Notification> {

    public List<Notification> allOf(String subject) {
        return list("recipientSubject = ?1", Sort.descending("createdAt").and("id", Sort.Direction.Descending), subject);
    }

    /** A recipient's notifications newest first, after a keyset position when one is given. */
    public List<Notification> newestFirst(String subject, Cursor after, int limit) {
        Sort order = Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        if (after == null) {
            return find("recipientSubject = ?1", order, subject).page(Page.ofSize(limit)).list();
        }
        return find("recipientSubject = :subject and (createdAt < :at or (createdAt = :at and id < :id))", order,
                Parameters.with("subject", subject).and("at", after.at()).and("id", after.id()))
                .page(Page.ofSize(limit)).list();
    }
}
