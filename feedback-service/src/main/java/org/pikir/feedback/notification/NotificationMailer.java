package org.pikir.feedback.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/**
 * Sends notification e-mails once the decision behind them is committed. Sending does not block
 * the staff member's request, and a failure is logged, never thrown: the decision stands and the
 * notification is in "My feedback" either way.
 */
@ApplicationScoped
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class);

    private final ReactiveMailer mailer;

    public NotificationMailer(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationMail mail) {
        try {
            Mail message = Mail.withText(mail.to(),
                    NotificationTexts.headline(mail.language(), mail.kind(), mail.type(), mail.outcome()),
                    NotificationTexts.mailText(mail));
            mailer.send(message).subscribe().with(
                    sent -> LOG.debugf("Notification e-mail sent (%s on %s)", mail.kind(), mail.type()),
                    failure -> LOG.warnf("Notification e-mail (%s on %s) could not be sent: %s",
                            mail.kind(), mail.type(), failure.toString()));
        } catch (RuntimeException e) {
            LOG.warnf("Notification e-mail (%s on %s) could not be written: %s", mail.kind(), mail.type(), e.toString());
        }
    }
}
