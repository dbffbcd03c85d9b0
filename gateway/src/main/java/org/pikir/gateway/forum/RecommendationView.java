package org.pikir.gateway.forum;

/**
 * A recommendation as the forum page lists it: its review status in words, its endorsements, the
 * official answer, and what the signed-in person may do with it. A hidden one shows the moderator's
 * reason ({@code hiddenReason}) instead of its title and text. {@code endorsed} is null when nobody
 * is signed in or whether they endorse it could not be found out; {@code endorseAction} is null
 * where it cannot be endorsed (hidden, merged, consultation closed, the reader's own), {@code flagHref} where it
 * cannot be reported (hidden, text removed, the reader's own). {@code removed}: its author erased their data, so it
 * has neither title, text nor name.
 */
public record RecommendationView(long id, String title, String body, String lang, String expectedEffect,
                                 String topic, String author, String timeIso, String timeText, String status,
                                 String statusLabel, int endorsementCount, String endorsementText,
                                 String hiddenReason, String about, String aboutHref, String mergedIntoHref,
                                 AnswerView answer, Boolean endorsed, String endorseAction, String flagHref,
                                 boolean removed) {

    public String anchor() {
        return "recommendation-" + id;
    }

    public boolean hidden() {
        return hiddenReason != null;
    }

    public boolean endorsedByMe() {
        return Boolean.TRUE.equals(endorsed);
    }

    /** The public body's answer: its text, on whose behalf, and when. */
    public record AnswerView(String text, String answeredBy, String timeIso, String timeText) {
    }
}
