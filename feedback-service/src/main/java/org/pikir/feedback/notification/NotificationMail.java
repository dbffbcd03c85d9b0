package org.pikir.feedback.notification;

import org.pikir.feedback.common.ItemType;

/** An e-mail due once the transaction that decided it commits; everything needed to write it in the recipient's language. */
record NotificationMail(
        String to,
        String language,
        String recipientName,
        ItemDecision.Kind kind,
        ItemType type,
        String eventSlug,
        String excerpt,
        String outcome,
        String reason,
        String note,
        String answer,
        String answeredBy) {
}
