package org.pikir.feedback.analysis.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.analysis.Localised;
import org.pikir.feedback.analysis.dashboard.DashboardResponse.Progress;
import org.pikir.feedback.analysis.dashboard.DashboardResponse.ThemeCount;
import org.pikir.feedback.analysis.theme.ThemeStatus;
import org.pikir.feedback.common.ItemType;
import org.pikir.platform.text.ContentLanguage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.pikir.feedback.analysis.SqlRows.rows;
import static org.pikir.feedback.analysis.SqlRows.number;

/** The analysis dashboard of a forum in two statements: the items' analysis state counted in one pass, then the themes. */
@ApplicationScoped
public class AnalysisDashboard {

    private final EntityManager db;

    public AnalysisDashboard(EntityManager db) {
        this.db = db;
    }

    @Transactional
    public DashboardResponse dashboard(String eventSlug) {
        db.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        Map<String, Progress> byLanguage = zeros(ContentLanguage.CODES);
        Map<String, Progress> bySource = zeros(Stream.of(ItemType.values()).map(Enum::name).toList());
        long total = 0;
        long analysed = 0;
        long noTheme = 0;
        long suggestedOnly = 0;
        for (Object[] row : rows(db.createNativeQuery("""
                        with items as (
                            select 'COMMENT' as source, c.id, c.language from comment c
                            where c.event_slug = ?1 and c.status in ('PUBLISHED', 'HIDDEN')
                            union all
                            select 'RECOMMENDATION', r.id, r.language from recommendation r
                            where r.event_slug = ?1 and r.visibility in ('PUBLISHED', 'HIDDEN')),
                        tags as (
                            select item_type, item_id, bool_or(not suggested) as confirmed, bool_or(suggested) as suggested
                            from item_theme where event_slug = ?1 group by item_type, item_id),
                        state as (
                            select i.source, i.language, coalesce(t.confirmed, false) as confirmed,
                                   coalesce(a.no_theme, false) as no_theme, coalesce(t.suggested, false) as suggested
                            from items i
                                 left join tags t on t.item_type = i.source and t.item_id = i.id
                                 left join item_analysis a on a.item_type = i.source and a.item_id = i.id)
                        select case when grouping(source) = 0 then 'source'
                                    when grouping(language) = 0 then 'language' else 'all' end,
                               coalesce(source, language),
                               count(*), count(*) filter (where confirmed or no_theme), count(*) filter (where no_theme),
                               count(*) filter (where suggested and not confirmed and not no_theme)
                        from state
                        group by grouping sets ((source), (language), ())""")
                .setParameter(1, eventSlug).getResultList())) {
            Progress progress = new Progress(number(row[2]), number(row[3]));
            switch ((String) row[0]) {
                case "source" -> bySource.put((String) row[1], progress);
                case "language" -> byLanguage.put((String) row[1], progress);
                default -> {
                    total = progress.total();
                    analysed = progress.analysed();
                    noTheme = number(row[4]);
                    suggestedOnly = number(row[5]);
                }
            }
        }
        double share = total == 0 ? 0 : Math.round(analysed * 10_000.0 / total) / 10_000.0;
        return new DashboardResponse(eventSlug, total, analysed, noTheme, suggestedOnly, share, byLanguage, bySource,
                themes(eventSlug));
    }

    private List<ThemeCount> themes(String eventSlug) {
        return rows(db.createNativeQuery("""
                        select t.id, t.name_kk, t.name_ru, t.name_en, t.status,
                               count(i.theme_id) filter (where not i.suggested),
                               count(i.theme_id) filter (where i.suggested)
                        from theme t left join item_theme i on i.theme_id = t.id
                        where t.event_slug = ?1 and t.status in ('ACCEPTED', 'SUGGESTED')
                        group by t.id
                        order by t.status, count(i.theme_id) filter (where not i.suggested) desc, t.id""")
                .setParameter(1, eventSlug).getResultList()).stream()
                .map(row -> new ThemeCount(number(row[0]), Localised.of(row[1], row[2], row[3]),
                        ThemeStatus.valueOf((String) row[4]), number(row[5]), number(row[6])))
                .toList();
    }

    private static Map<String, Progress> zeros(List<String> keys) {
        Map<String, Progress> progress = new LinkedHashMap<>();
        keys.forEach(key -> progress.put(key, new Progress(0, 0)));
        return progress;
    }
}
