package org.pikir.feedback.analysis.spam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.moderation.ModerationAction;
import org.pikir.feedback.moderation.ModerationReason;

import java.util.List;

/**
 * Teaches a forum's spam model from its moderators' decisions, in the decision's transaction: an item hidden or rejected
 * for SPAM or ABUSE is spam, one published (approved, reinstated or kept up after flags) is ham, any other decision
 * teaches nothing. An item teaches once: a reversed decision first unlearns what the earlier one taught.
 */
@ApplicationScoped
public class SpamTraining {

    private final EntityManager db;

    public SpamTraining(EntityManager db) {
        this.db = db;
    }

    /** The label a decision teaches: 'S', 'H' or null for none. */
    static Character label(ModerationAction action, ModerationReason reason) {
        if (action == ModerationAction.PUBLISH) {
            return 'H';
        }
        return reason == ModerationReason.SPAM || reason == ModerationReason.ABUSE ? 'S' : null;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(ItemType type, long id, String eventSlug, ModerationAction action, ModerationReason reason) {
        Character label = label(action, reason);
        @SuppressWarnings("unchecked")
        List<Object> earlier = db.createNativeQuery(
                        "select label from spam_lesson where item_type = ?1 and item_id = ?2 for update")
                .setParameter(1, type.name()).setParameter(2, id).getResultList();
        Character before = earlier.isEmpty() ? null : earlier.get(0).toString().charAt(0);
        if (before == label) {
            return;
        }
        String tokens = String.join(" ", SpamTokens.of(text(type, id)));
        if (before != null) {
            count(eventSlug, tokens, before, -1);
        }
        if (label == null) {
            db.createNativeQuery("delete from spam_lesson where item_type = ?1 and item_id = ?2")
                    .setParameter(1, type.name()).setParameter(2, id).executeUpdate();
            return;
        }
        count(eventSlug, tokens, label, 1);
        db.createNativeQuery("""
                        insert into spam_lesson (item_type, item_id, event_slug, label) values (?1, ?2, ?3, ?4)
                        on conflict (item_type, item_id) do update set label = excluded.label""")
                .setParameter(1, type.name()).setParameter(2, id).setParameter(3, eventSlug)
                .setParameter(4, String.valueOf(label)).executeUpdate();
    }

    /** Teaches a text directly (a campaign decision teaches its representative once, whatever its size). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learnText(String eventSlug, String text, ModerationAction action, ModerationReason reason) {
        Character label = label(action, reason);
        if (label != null) {
            count(eventSlug, String.join(" ", SpamTokens.of(text)), label, 1);
        }
    }

    /** Adds ({@code sign} 1) or removes (-1) one item's words to the counts of {@code label}; two statements. */
    private void count(String eventSlug, String tokens, char label, int sign) {
        int spam = label == 'S' ? sign : 0;
        int ham = label == 'H' ? sign : 0;
        Number added = (Number) db.createNativeQuery("""
                        with words as (select word, count(*) as n from unnest(string_to_array(?4, ' ')) word
                                       where word <> '' group by word),
                             counted as (insert into spam_token (event_slug, token, spam, ham)
                                         select ?1, word, ?2 * n, ?3 * n from words
                                         on conflict (event_slug, token) do update
                                             set spam = greatest(spam_token.spam + excluded.spam, 0),
                                                 ham = greatest(spam_token.ham + excluded.ham, 0)
                                         returning (xmax = 0) as inserted)
                        select count(*) filter (where inserted) from counted""")
                .setParameter(1, eventSlug).setParameter(2, spam).setParameter(3, ham).setParameter(4, tokens)
                .getSingleResult();
        long words = tokens.isEmpty() ? 0 : tokens.split(" ").length;
        db.createNativeQuery("""
                        insert into spam_model as m (event_slug, spam_items, ham_items, spam_tokens, ham_tokens, vocabulary)
                        values (?1, greatest(?2, 0), greatest(?3, 0), greatest(?2 * ?4, 0), greatest(?3 * ?4, 0), ?5)
                        on conflict (event_slug) do update
                            set spam_items = greatest(m.spam_items + ?2, 0), ham_items = greatest(m.ham_items + ?3, 0),
                                spam_tokens = greatest(m.spam_tokens + ?2 * ?4, 0),
                                ham_tokens = greatest(m.ham_tokens + ?3 * ?4, 0), vocabulary = m.vocabulary + ?5""")
                .setParameter(1, eventSlug).setParameter(2, spam).setParameter(3, ham).setParameter(4, words)
                .setParameter(5, added.intValue()).executeUpdate();
    }

    private String text(ItemType type, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(type == ItemType.COMMENT
                        ? "select body, '' from comment where id = ?1"
                        : "select title, body from recommendation where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.isEmpty() ? "" : SpamTokens.itemText(rows.get(0)[0], rows.get(0)[1]);
    }
}
