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

/**
 * The analysis dashboard of a forum in two statements over counters the database keeps (V24__analysis_counts.sql):
 * the items' analysis state per source and language (at most 48 rows), then the themes (eight rows each at most), so
 * it costs the same for 100 items or 800,000.
 */
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
                        select case when grouping(item_type) = 0 then 'source'
                                    when grouping(language) = 0 then 'language' else 'all' end,
                               coalesce(item_type, language),
                               coalesce(sum(total), 0), coalesce(sum(analysed), 0), coalesce(sum(no_theme), 0),
                               coalesce(sum(suggested_only), 0)
                        from analysis_count
                        where event_slug = ?1
                        group by grouping sets ((item_type), (language), ())""")
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
                               coalesce(sum(k.confirmed), 0), coalesce(sum(k.suggested), 0)
                        from theme t left join theme_tag_count k on k.theme_id = t.id
                        where t.event_slug = ?1 and t.status in ('ACCEPTED', 'SUGGESTED')
                        group by t.id
                        order by t.status, coalesce(sum(k.confirmed), 0) desc, t.id""")
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
