package org.pikir.feedback.notification;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.pikir.feedback.common.ItemType;
import org.pikir.platform.text.ContentLanguage;

import java.util.StringJoiner;

/** Puts a notification into sentences in the recipient's language (kk, ru or en). */
final class NotificationTexts {

    private NotificationTexts() {
    }

    private static NotificationMessages in(String language) {
        return MessageBundles.get(NotificationMessages.class,
                Localized.Literal.of(language != null && ContentLanguage.isSupported(language) ? language : "ru"));
    }

    /** The one sentence that says what happened: the in-app message and the e-mail's subject. */
    static String headline(String language, ItemDecision.Kind kind, ItemType type, String outcome) {
        NotificationMessages words = in(language);
        boolean comment = type == ItemType.COMMENT;
        return switch (kind) {
            case MODERATED -> switch (outcome) {
                case "HIDDEN" -> comment ? words.comment_hidden() : words.recommendation_hidden();
                case "REJECTED" -> comment ? words.comment_rejected() : words.recommendation_rejected();
                default -> comment ? words.comment_published() : words.recommendation_published();
            };
            case STATUS_CHANGED -> words.recommendation_status(status(words, outcome));
            case ANSWERED -> words.recommendation_answered();
        };
    }

    /** The in-app message: the headline, and the reason when there is one. */
    static String message(String language, Notification notification) {
        String headline = headline(language, notification.kind, notification.targetType, notification.outcome);
        return notification.reason == null ? headline
                : headline + " " + in(language).mail_reason(reason(in(language), notification.reason));
    }

    /** The whole e-mail text. */
    static String mailText(NotificationMail mail) {
        NotificationMessages words = in(mail.language());
        StringJoiner text = new StringJoiner("\n");
        text.add(words.mail_greeting(mail.recipientName())).add("");
        text.add(headline(mail.language(), mail.kind(), mail.type(), mail.outcome()));
        text.add(words.mail_event(mail.eventSlug()));
        if (mail.excerpt() != null && !mail.excerpt().isBlank()) {
            text.add(words.mail_excerpt(mail.excerpt()));
        }
        if (mail.reason() != null) {
            text.add(words.mail_reason(reason(words, mail.reason())));
        }
        if (mail.note() != null) {
            text.add(words.mail_note(mail.note()));
        }
        if (mail.answer() != null) {
            text.add("").add(words.mail_answer(mail.answeredBy())).add(mail.answer());
        }
        text.add("").add(words.mail_details()).add("").add("-- ").add(words.mail_footer());
        return text.toString();
    }

    private static String reason(NotificationMessages words, String reason) {
        return switch (reason) {
            case "SPAM" -> words.reason_spam();
            case "ABUSE" -> words.reason_abuse();
            case "OFF_TOPIC" -> words.reason_off_topic();
            case "PERSONAL_DATA" -> words.reason_personal_data();
            case "ILLEGAL" -> words.reason_illegal();
            case "DUPLICATE" -> words.reason_duplicate();
            default -> words.reason_other();
        };
    }

    private static String status(NotificationMessages words, String status) {
        return switch (status) {
            case "SUBMITTED" -> words.status_submitted();
            case "UNDER_REVIEW" -> words.status_under_review();
            case "ACCEPTED" -> words.status_accepted();
            case "PARTIALLY_ACCEPTED" -> words.status_partially_accepted();
            case "REJECTED" -> words.status_rejected();
            default -> words.status_merged();
        };
    }
}
