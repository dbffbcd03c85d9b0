package org.pikir.gateway.forum;

import org.pikir.gateway.web.Messages;

/**
 * A message on the forum page left by the action that redirected there ({@code ?notice=code}):
 * only known codes are shown, in the visitor's language, so the address cannot put words on the page.
 * {@code section} is the part of the page it belongs to; {@code success} false shows it as a plain notice.
 */
public record Notice(String section, String text, boolean success) {

    public static final String RECOMMENDED = "recommended";
    public static final String RECOMMENDED_PENDING = "recommended-pending";
    public static final String ENDORSED = "endorsed";
    public static final String WITHDRAWN = "withdrawn";
    public static final String OWN_RECOMMENDATION = "own-recommendation";
    public static final String ENDORSEMENT_CLOSED = "endorsement-closed";
    public static final String ENDORSEMENT_REFUSED = "endorsement-refused";
    public static final String FLAGGED = "flagged";
    public static final String FLAGGED_RECOMMENDATION = "flagged-recommendation";
    /** Also the type of feedback-service's refusal: the account's e-mail address is not verified yet. */
    public static final String EMAIL_UNVERIFIED = "email-unverified";

    static Notice of(String code, ForumLabels labels) {
        Messages msg = labels.messages();
        return switch (code == null ? "" : code) {
            case RECOMMENDED -> new Notice("recommendations", msg.notice_recommended(), true);
            case RECOMMENDED_PENDING -> new Notice("recommendations", msg.notice_recommended_pending(), true);
            case ENDORSED -> new Notice("recommendations", msg.notice_endorsed(), true);
            case WITHDRAWN -> new Notice("recommendations", msg.notice_withdrawn(), true);
            case OWN_RECOMMENDATION -> new Notice("recommendations", msg.notice_own_recommendation(), false);
            case ENDORSEMENT_CLOSED -> new Notice("recommendations", msg.error_consultation_closed(), false);
            case ENDORSEMENT_REFUSED -> new Notice("recommendations", msg.notice_endorsement_refused(), false);
            case FLAGGED -> new Notice("comments", msg.notice_flagged(), true);
            case FLAGGED_RECOMMENDATION -> new Notice("recommendations", msg.notice_flagged(), true);
            case EMAIL_UNVERIFIED -> new Notice("recommendations", msg.error_email_unverified(), false);
            default -> null;
        };
    }

    public boolean in(String wanted) {
        return section.equals(wanted);
    }
}
