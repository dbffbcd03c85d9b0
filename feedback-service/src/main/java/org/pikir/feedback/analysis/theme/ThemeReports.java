package org.pikir.feedback.analysis.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.analysis.Localised;
import org.pikir.feedback.analysis.QuoteResponse;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Timestamps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.pikir.feedback.analysis.SqlRows.rows;
import static org.pikir.feedback.analysis.SqlRows.number;

/**
 * The public report's "you said, we did" part: accepted themes with their counts, quotes, response and the
 * recommendations' dispositions (two statements), and the campaign figures (one). Only confirmed tags count, and only
 * published items are quoted: the suggestion job's representatives first, then the shortest readable ones.
 */
@ApplicationScoped
public class ThemeReports {

    private static final int QUOTES = 3;
    private static final List<String> DISPOSITIONS = List.of("ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED",
            "UNDER_REVIEW", "SUBMITTED", "MERGED");

    private final EntityManager db;

    public ThemeReports(EntityManager db) {
        this.db = db;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReportedTheme> themes(String eventSlug) {
        Map<Long, List<QuoteResponse>> quotes = quotes(eventSlug);
        List<ReportedTheme> themes = new ArrayList<>();
        for (Object[] row : rows(db.createNativeQuery("""
                        select t.id, t.name_kk, t.name_ru, t.name_en, t.description_kk, t.description_ru, t.description_en,
                               t.response_kk, t.response_ru, t.response_en, t.responded_at,
                               count(c.id), count(r.id),
                               count(r.id) filter (where r.status = 'ACCEPTED'),
                               count(r.id) filter (where r.status = 'PARTIALLY_ACCEPTED'),
                               count(r.id) filter (where r.status = 'REJECTED'),
                               count(r.id) filter (where r.status = 'UNDER_REVIEW'),
                               count(r.id) filter (where r.status = 'SUBMITTED'),
                               count(r.id) filter (where r.status = 'MERGED')
                        from theme t
                             left join item_theme i on i.theme_id = t.id and not i.suggested
                             left join comment c on i.item_type = 'COMMENT' and c.id = i.item_id
                                                    and c.status in ('PUBLISHED', 'HIDDEN')
                             left join recommendation r on i.item_type = 'RECOMMENDATION' and r.id = i.item_id
                                                           and r.visibility in ('PUBLISHED', 'HIDDEN')
                        where t.event_slug = ?1 and t.status = 'ACCEPTED'
                        group by t.id
                        order by count(c.id) + count(r.id) desc, t.id""")
                .setParameter(1, eventSlug).getResultList())) {
            long id = number(row[0]);
            Map<String, Long> dispositions = new LinkedHashMap<>();
            for (int i = 0; i < DISPOSITIONS.size(); i++) {
                dispositions.put(DISPOSITIONS.get(i), number(row[13 + i]));
            }
            Map<String, String> response = Localised.of(row[7], row[8], row[9]);
            themes.add(new ReportedTheme(id, Localised.of(row[1], row[2], row[3]), Localised.of(row[4], row[5], row[6]),
                    number(row[11]) + number(row[12]), number(row[11]), number(row[12]),
                    response.isEmpty() ? null : response, Timestamps.instant(row[10]),
                    quotes.getOrDefault(id, List.of()), dispositions));
        }
        return themes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReportedTheme.Campaigns campaigns(String eventSlug) {
        Object[] row = (Object[]) db.createNativeQuery(
                        "select count(*), coalesce(sum(member_count), 0) from campaign where event_slug = ?1")
                .setParameter(1, eventSlug).getSingleResult();
        return new ReportedTheme.Campaigns(number(row[0]), number(row[1]));
    }

    /** Up to three published, not erased items per accepted theme; 40 to 500 characters counts as readable. */
    private Map<Long, List<QuoteResponse>> quotes(String eventSlug) {
        Map<Long, List<QuoteResponse>> quotes = new HashMap<>();
        for (Object[] row : rows(db.createNativeQuery("""
                        with accepted as (select id from theme where event_slug = ?1 and status = 'ACCEPTED'),
                        candidates as (
                            select q.theme_id, q.item_type, q.item_id, 0 as source, q.position
                            from theme_quote q join accepted a on a.id = q.theme_id
                            union all
                            select i.theme_id, i.item_type, i.item_id, 1, 0
                            from item_theme i join accepted a on a.id = i.theme_id
                            where not i.suggested),
                        texts as (
                            select distinct on (k.theme_id, k.item_type, k.item_id)
                                   k.theme_id, k.item_type, k.item_id, k.source, k.position,
                                   coalesce(c.language, r.language) as language, coalesce(c.body, r.body) as text,
                                   coalesce(c.thread_id, c.id) as thread_id
                            from candidates k
                                 left join comment c on k.item_type = 'COMMENT' and c.id = k.item_id
                                                        and c.status = 'PUBLISHED' and c.author_subject <> ?2
                                 left join recommendation r on k.item_type = 'RECOMMENDATION' and r.id = k.item_id
                                                               and r.visibility = 'PUBLISHED' and r.author_subject <> ?2
                            where coalesce(c.id, r.id) is not null and length(btrim(coalesce(c.body, r.body))) > 0
                            order by k.theme_id, k.item_type, k.item_id, k.source, k.position),
                        ranked as (
                            select theme_id, item_type, item_id, language, text, thread_id,
                                   row_number() over (partition by theme_id
                                       order by source, position,
                                                case when length(text) between 40 and 500 then 0 else 1 end,
                                                length(text), item_id) as n
                            from texts)
                        select theme_id, item_type, item_id, language, text, thread_id from ranked where n <= ?3
                        order by theme_id, n""")
                .setParameter(1, eventSlug).setParameter(2, Author.ERASED_SUBJECT).setParameter(3, QUOTES)
                .getResultList())) {
            quotes.computeIfAbsent(number(row[0]), theme -> new ArrayList<>()).add(new QuoteResponse(
                    ItemType.valueOf((String) row[1]), number(row[2]), (String) row[3], (String) row[4],
                    row[5] == null ? null : number(row[5])));
        }
        return quotes;
    }
}
