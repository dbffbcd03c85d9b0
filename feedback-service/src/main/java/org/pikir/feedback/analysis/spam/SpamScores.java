package org.pikir.feedback.analysis.spam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.common.ItemType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spam score (0..1) a new comment or recommendation gets, in its creating transaction (one short statement, two
 * once the forum's model counts). It orders the moderation queue and never hides anything by itself.
 * <p>
 * Two kinds of evidence, combined as a noisy OR (either can raise the score): the forum's multinomial Naive Bayes
 * model ({@link SpamTraining}), weighted by how many decisions it has learnt from (nothing below
 * {@value #MIN_EACH} of each class, full weight from {@value #FULL_WEIGHT} decisions), and behaviour signals: the
 * author's burst (items in the last 10 minutes, from the submission limits' own counts) and copy-paste (the same text
 * among the forum's latest 200 items of the kind, or membership of a campaign found by the CAMPAIGNS job: applied where
 * the moderation queue reads the score, as the job records members in campaign_member and never rewrites comment
 * rows).
 */
@ApplicationScoped
public class SpamScores {

    /** The score a campaign member has at least: copy-paste is strong evidence, but not proof. */
    public static final double CAMPAIGN_SIGNAL = 0.6;
    static final double COPY_SIGNAL = 0.6;
    /** Items in the window (this one included) from which the burst signal starts, and where it is full. */
    static final int BURST_FROM = 3;
    static final int BURST_FULL = 10;
    static final int MIN_EACH = 3;
    static final int FULL_WEIGHT = 30;
    private static final int RECENT = 200;

    private final EntityManager db;

    public SpamScores(EntityManager db) {
        this.db = db;
    }

    /**
     * The score of an item about to be inserted; {@code recentSubmissions} is how many items its author submitted in
     * the last ten minutes, this one included ({@code SubmissionLimits.takeItem} counts them anyway), {@code text} is a
     * comment's body, or a recommendation's title and body. One short statement reads the forum's model totals and
     * looks for the same text among the latest items; a second reads the counts of the item's words, only when the
     * model has learnt enough to count. Both have plans PostgreSQL can keep: a single statement with the author's
     * recent items ({@code created_at > now - 10 min}) was planned anew for every item and cost more than the rest of
     * the comment's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public float score(ItemType type, String eventSlug, int recentSubmissions, String title, String body) {
        Object[] row = (Object[]) db.createNativeQuery("""
                        select m.spam_items, m.ham_items, m.spam_tokens, m.ham_tokens, m.vocabulary,
                               exists (select 1 from (select body from %1$s where event_slug = ?1
                                                      order by created_at desc, id desc limit %2$d) latest
                                       where latest.body = ?2)
                        from (values (1)) one left join spam_model m on m.event_slug = ?1"""
                        .formatted(type.table(), RECENT))
                .setParameter(1, eventSlug).setParameter(2, body)
                .getSingleResult();
        int spamItems = row[0] == null ? 0 : ((Number) row[0]).intValue();
        int hamItems = row[1] == null ? 0 : ((Number) row[1]).intValue();
        boolean copied = Boolean.TRUE.equals(row[5]);
        double weight = weight(spamItems, hamItems);
        double model = 0;
        if (weight > 0) {
            Model totals = new Model(((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                    ((Number) row[4]).intValue());
            model = naiveBayes(spamItems, hamItems, wordEvidence(eventSlug, totals,
                    SpamTokens.of(SpamTokens.itemText(title, body))));
        }
        return (float) combine(model, weight, Math.max(burst(recentSubmissions), copied ? COPY_SIGNAL : 0));
    }

    /** A forum's word occurrences per class and distinct words, for Laplace smoothing. */
    record Model(long spamTokens, long hamTokens, int vocabulary) {
    }

    /** The words' log-likelihood ratio, spam against ham: each occurrence of a word adds its own. */
    private double wordEvidence(String eventSlug, Model totals, List<String> tokens) {
        Map<String, Integer> occurrences = new HashMap<>();
        tokens.forEach(token -> occurrences.merge(token, 1, Integer::sum));
        if (occurrences.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        select token, spam, ham from spam_token
                        where event_slug = ?1 and token = any(string_to_array(?2, ' '))""")
                .setParameter(1, eventSlug).setParameter(2, String.join(" ", occurrences.keySet()))
                .getResultList();
        Map<String, int[]> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0],
                new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()}));
        double evidence = 0;
        for (Map.Entry<String, Integer> word : occurrences.entrySet()) {
            int[] count = counts.getOrDefault(word.getKey(), new int[2]);
            evidence += word.getValue() * logLikelihoodRatio(count[0], count[1], totals);
        }
        return evidence;
    }

    /** log P(word | spam) − log P(word | ham), Laplace-smoothed over the forum's vocabulary. */
    static double logLikelihoodRatio(int spam, int ham, Model totals) {
        return Math.log((spam + 1.0) / (totals.spamTokens() + totals.vocabulary() + 1))
                - Math.log((ham + 1.0) / (totals.hamTokens() + totals.vocabulary() + 1));
    }

    /** P(spam | words): the class prior (Laplace-smoothed) plus the words' log-likelihood ratio, as a probability. */
    static double naiveBayes(int spamItems, int hamItems, double wordEvidence) {
        double prior = Math.log((spamItems + 1.0) / (hamItems + 1.0));
        double logOdds = Math.max(-30, Math.min(30, prior + wordEvidence));
        return 1 / (1 + Math.exp(-logOdds));
    }

    /** How far the model is trusted: 0 until it has seen a few items of each class, 1 from {@value #FULL_WEIGHT}. */
    static double weight(int spamItems, int hamItems) {
        if (spamItems < MIN_EACH || hamItems < MIN_EACH) {
            return 0;
        }
        return Math.min(1, (spamItems + hamItems) / (double) FULL_WEIGHT);
    }

    static double burst(long itemsInWindow) {
        if (itemsInWindow < BURST_FROM) {
            return 0;
        }
        return Math.min(1, (itemsInWindow - BURST_FROM + 1) / (double) (BURST_FULL - BURST_FROM + 1));
    }

    static double combine(double model, double weight, double signal) {
        return 1 - (1 - weight * model) * (1 - signal);
    }
}
