package org.pikir.feedback.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of notifications and their e-mails; the texts are in
 * {@code messages/notification_{kk,ru,en}.properties}, and the build fails when one language lacks a key.
 */
@MessageBundle(value = "notification", locale = "en")
public interface NotificationMessages {

    @Message
    String comment_published();

    @Message
    String comment_hidden();

    @Message
    String comment_rejected();

    @Message
    String recommendation_published();

    @Message
    String recommendation_hidden();

    @Message
    String recommendation_rejected();

    @Message
    String recommendation_status(String status);

    @Message
    String recommendation_answered();

    @Message
    String status_submitted();

    @Message
    String status_under_review();

    @Message
    String status_accepted();

    @Message
    String status_partially_accepted();

    @Message
    String status_rejected();

    @Message
    String status_merged();

    @Message
    String reason_spam();

    @Message
    String reason_abuse();

    @Message
    String reason_off_topic();

    @Message
    String reason_personal_data();

    @Message
    String reason_illegal();

    @Message
    String reason_duplicate();

    @Message
    String reason_other();

    @Message
    String mail_greeting(String name);

    @Message
    String mail_event(String event);

    @Message
    String mail_excerpt(String excerpt);

    @Message
    String mail_reason(String reason);

    @Message
    String mail_note(String note);

    @Message
    String mail_answer(String answeredBy);

    @Message
    String mail_details();

    @Message
    String mail_footer();
}
