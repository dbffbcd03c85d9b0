package org.pikir.feedback.analysis.spam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.common.ItemType;

import java.time.Duration;
import java.time.Instant;

/**
 * The spam score (0..1) a new comment or recommendation gets, in one statement of its creating transaction. It orders
 * the moderation queue and never hides anything by itself.
 * <p>
 * Two kinds of evidence, combined as a noisy OR (either can raise the score): the forum's multinomial Naive Bayes
 * model ({@link SpamTraining}), weighted by how many decisions it has learnt from (nothing below
 * {@value #MIN_EACH} of each class, full weight from {@value #FULL_WEIGHT} decisions), and behaviour signals: the
 * author's burst (items in the last 10 minutes) and copy-paste (the same text among the forum's latest 200 items of the
 * kind, or membership of a campaign found by the CAMPAIGNS job: applied where the moderation queue reads the score,
 * as the job records members in campaign_member and never rewrites comment rows).
 */
@ApplicationScoped
public class SpamScores {

    /** The score a campaign member has at least: copy-paste is strong evidence, but not proof. */
    public static final double CAMPAIGN_SIGNAL = 0.6;
    static final double COPY_SIGNAL = 0.6;
    static final Duration BURST_WINDOW = Duration.ofMinutes(10);
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
     * The score of an item about to be inserted by {@code authorSubject} at {@code now}; {@code text} is a comment's
     * body, or a recommendation's title and body.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public float score(ItemType type, String eventSlug, String authorSubject, String title, String body, Instant now) {
        String tokens = String.join(" ", SpamTokens.of(SpamTokens.itemText(title, body)));
        Object[] row = (Object[]) db.createNativeQuery("""
                        with doc as (select word, count(*) as n from unnest(string_to_array(?4, ' ')) word
                                     where word <> '' group by word),
                             model as (select * from spam_model where event_slug = ?3)
                        select (select count(*) from comment where author_subject = ?1 and created_at > ?2)
                                 + (select count(*) from recommendation where author_subject = ?1 and created_at > ?2),
                               exists (select 1 from (select body from %1$s where event_slug = ?3
                                                      order by created_at desc, id desc limit %2$d) latest
                                       where latest.body = ?5),
                               (select spam_items from model), (select ham_items from model),
                               (select sum(d.n * (ln((coalesce(t.spam, 0) + 1.0) / (m.spam_tokens + m.vocabulary + 1))
                                                - ln((coalesce(t.ham, 0) + 1.0) / (m.ham_tokens + m.vocabulary + 1))))
                                from doc d cross join model m
                                left join spam_token t on t.event_slug = ?3 and t.token = d.word)"""
                        .formatted(type.table(), RECENT))
                .setParameter(1, authorSubject).setParameter(2, now.minus(BURST_WINDOW)).setParameter(3, eventSlug)
                .setParameter(4, tokens).setParameter(5, body)
                .getSingleResult();
        long recent = ((Number) row[0]).longValue() + 1;
        boolean copied = Boolean.TRUE.equals(row[1]);
        int spamItems = row[2] == null ? 0 : ((Number) row[2]).intValue();
        int hamItems = row[3] == null ? 0 : ((Number) row[3]).intValue();
        double wordEvidence = row[4] == null ? 0 : ((Number) row[4]).doubleValue();
        return (float) combine(naiveBayes(spamItems, hamItems, wordEvidence), weight(spamItems, hamItems),
                Math.max(burst(recent), copied ? COPY_SIGNAL : 0));
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
