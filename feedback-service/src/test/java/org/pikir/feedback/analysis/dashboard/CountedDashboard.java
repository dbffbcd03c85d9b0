package org.pikir.feedback.analysis.dashboard;

import io.restassured.path.json.JsonPath;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.pikir.feedback.analysis.Analysis.asModerator;
import static org.pikir.feedback.analysis.Analysis.base;
import static org.pikir.feedback.analysis.Analysis.rows;

/**
 * The dashboard as it was computed before V24, by counting every listed item of the forum and every tag of its themes
 * (AnalysisDashboard's two queries as they were, only their parameters spelt as JDBC's {@code ?}): the specification the
 * counters must meet, and the dashboard as the API answers it, both in one comparable form.
 */
final class CountedDashboard {

    private static final String ITEMS = """
            with items as (
                select 'COMMENT' as source, c.id, c.language from comment c
                where c.event_slug = ? and c.status in ('PUBLISHED', 'HIDDEN')
                union all
                select 'RECOMMENDATION', r.id, r.language from recommendation r
                where r.event_slug = ? and r.visibility in ('PUBLISHED', 'HIDDEN')),
            tags as (
                select item_type, item_id, bool_or(not suggested) as confirmed, bool_or(suggested) as suggested
                from item_theme where event_slug = ? group by item_type, item_id),
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
            group by grouping sets ((source), (language), ())""";

    private static final String THEMES = """
            select t.id, t.name_kk, t.name_ru, t.name_en, t.status,
                   count(i.theme_id) filter (where not i.suggested),
                   count(i.theme_id) filter (where i.suggested)
            from theme t left join item_theme i on i.theme_id = t.id
            where t.event_slug = ? and t.status in ('ACCEPTED', 'SUGGESTED')
            group by t.id
            order by t.status, count(i.theme_id) filter (where not i.suggested) desc, t.id""";

    private CountedDashboard() {
    }

    /** What counting every item answers: "all", "source COMMENT", "language ru"... to their counts, and the themes. */
    static Map<String, Object> counted(DataSource db, String event) {
        Map<String, Object> counted = zeros();
        for (List<String> row : rows(db, ITEMS, event, event, event)) {
            if (row.get(0).equals("all")) {
                counted.put("all", List.of(row.get(2), row.get(3), row.get(4), row.get(5)));
            } else {
                counted.put(row.get(0) + " " + row.get(1), List.of(row.get(2), row.get(3)));
            }
        }
        List<String> themes = new ArrayList<>();
        for (List<String> row : rows(db, THEMES, event)) {
            themes.add(String.join(" ", row.get(0), row.get(4), row.get(5), row.get(6)));
        }
        counted.put("themes", themes);
        return counted;
    }

    /** What {@code GET /dashboard} answers, in the same form. */
    static Map<String, Object> answered(String event) {
        JsonPath answer = asModerator().when().get(base(event) + "/dashboard").then().statusCode(200).extract().jsonPath();
        Map<String, Object> answered = zeros();
        answered.put("all", List.of(answer.getString("total"), answer.getString("analysed"),
                answer.getString("noTheme"), answer.getString("suggestedOnly")));
        for (String group : List.of("bySource", "byLanguage")) {
            Map<String, Map<String, Object>> progress = answer.getMap(group);
            progress.forEach((key, counts) -> answered.put(
                    (group.equals("bySource") ? "source " : "language ") + key,
                    List.of(String.valueOf(counts.get("total")), String.valueOf(counts.get("analysed")))));
        }
        List<String> themes = new ArrayList<>();
        for (Map<String, Object> theme : answer.<Map<String, Object>>getList("themes")) {
            themes.add(String.join(" ", String.valueOf(theme.get("id")), String.valueOf(theme.get("status")),
                    String.valueOf(theme.get("itemCount")), String.valueOf(theme.get("suggestedCount"))));
        }
        answered.put("themes", themes);
        return answered;
    }

    private static Map<String, Object> zeros() {
        Map<String, Object> zeros = new TreeMap<>();
        zeros.put("all", List.of("0", "0", "0", "0"));
        for (String key : List.of("source COMMENT", "source RECOMMENDATION", "language kk", "language ru", "language en")) {
            zeros.put(key, List.of("0", "0"));
        }
        return zeros;
    }
}
