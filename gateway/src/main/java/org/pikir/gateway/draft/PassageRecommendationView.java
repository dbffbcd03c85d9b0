package org.pikir.gateway.draft;

/**
 * A recommendation on an article as its page shows it, with the passage, the quoted words and the proposed wording.
 * {@code endorseAction} is where a signed-in reader endorses it or withdraws (null where they cannot: hidden, merged,
 * consultation closed, their own), {@code endorseSignInHref} where a signed-out visitor signs in to endorse it.
 */
public record PassageRecommendationView(long id, String anchor, String title, String body, String lang,
                                        String author, String timeIso, String timeText, String statusLabel,
                                        String endorsementText, String hiddenReason, boolean removed, String about,
                                        String aboutHref, String quote, String proposedWording, String answer,
                                        String answeredBy, String forumHref, String flagHref, boolean endorsedByMe,
                                        String endorseAction, String endorseSignInHref) {
}
