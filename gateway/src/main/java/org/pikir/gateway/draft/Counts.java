package org.pikir.gateway.draft;

/**
 * How many comments and recommendations an article (or passage) has, in words for everyone, and its heat: 0 for
 * none, 1 to 5 relative to the most discussed article of the draft (a bar drawn by the style sheet only).
 */
public record Counts(long comments, long recommendations, String text, int heat) {

    public long total() {
        return comments + recommendations;
    }

    static Counts of(long comments, long recommendations, long mostDiscussed, DraftMessages drf) {
        long total = comments + recommendations;
        int heat = total == 0 || mostDiscussed == 0 ? 0 : (int) Math.max(1, Math.min(5, Math.ceil(5.0 * total / mostDiscussed)));
        return new Counts(comments, recommendations, drf.counts(comments, recommendations), heat);
    }
}
