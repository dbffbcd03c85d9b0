package org.pikir.feedback.analysis.suggest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pikir.feedback.analysis.job.TextItem;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Writes a suggestion run's themes: the replacement of a forum's SUGGESTED themes is one transaction. */
@ApplicationScoped
public class SuggestedThemeWriter {

    private final DataSource dataSource;
    private final Clock clock;

    public SuggestedThemeWriter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Deletes the forum's SUGGESTED themes (their tags, quotes, centroids go with them) and writes these. */
    @Transactional
    public void replace(String eventSlug, List<SuggestedTheme> themes, String by) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement("""
                    delete from theme t where t.event_slug = ? and t.status = 'SUGGESTED'
                    and not exists (select 1 from theme m where m.merged_into_id = t.id)""")) {
                delete.setString(1, eventSlug);
                delete.executeUpdate();
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement next = connection.prepareStatement(
                    // one sequence value per theme, used as it is: safe whatever block size Hibernate takes
                    "select nextval('theme_seq') from generate_series(1, ?)")) {
                next.setInt(1, themes.size());
                try (ResultSet rows = next.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            insertThemes(connection, eventSlug, themes, ids, by, now);
            insertTags(connection, eventSlug, themes, ids, by, now);
            insertQuotesAndCentroids(connection, themes, ids, now);
        }
    }

    private static void insertThemes(Connection connection, String eventSlug, List<SuggestedTheme> themes,
                                     List<Long> ids, String by, Timestamp now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into theme (id, event_slug, status, origin, name_kk, name_ru, name_en, terms, created_by,
                                   created_at, updated_at)
                values (?, ?, 'SUGGESTED', 'SUGGESTED', ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < themes.size(); i++) {
                SuggestedTheme theme = themes.get(i);
                String name = cut(String.join(", ", theme.terms().subList(0, Math.min(3, theme.terms().size()))),
                        120);
                if (name.isBlank()) {
                    name = "—";
                }
                insert.setLong(1, ids.get(i));
                insert.setString(2, eventSlug);
                // the dominant language's field, and the same words in the others until staff translate them
                insert.setString(3, name);
                insert.setString(4, name);
                insert.setString(5, name);
                insert.setString(6, cut(String.join("; ", theme.terms()), 500));
                insert.setString(7, by);
                insert.setTimestamp(8, now);
                insert.setTimestamp(9, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertTags(Connection connection, String eventSlug, List<SuggestedTheme> themes,
                                   List<Long> ids, String by, Timestamp now) throws SQLException {
        List<String> types = new ArrayList<>();
        List<Long> items = new ArrayList<>();
        List<Long> themeIds = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            for (SuggestedTheme.Member member : themes.get(i).members()) {
                types.add(member.item().type());
                items.add(member.item().id());
                themeIds.add(ids.get(i));
                scores.add((float) member.score());
            }
        }
        // set-based: one statement for every member, however many
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into item_theme (item_type, item_id, theme_id, event_slug, suggested, score, tagged_by,
                                        tagged_at)
                select t, i, th, ?, true, s, ?, ?
                from unnest(?::varchar[], ?::bigint[], ?::bigint[], ?::real[]) as m (t, i, th, s)
                on conflict (item_type, item_id, theme_id) do nothing""")) {
            insert.setString(1, eventSlug);
            insert.setString(2, by);
            insert.setTimestamp(3, now);
            insert.setArray(4, connection.createArrayOf("varchar", types.toArray()));
            insert.setArray(5, connection.createArrayOf("bigint", items.toArray()));
            insert.setArray(6, connection.createArrayOf("bigint", themeIds.toArray()));
            insert.setArray(7, connection.createArrayOf("real", scores.toArray()));
            insert.executeUpdate();
        }
    }

    private static void insertQuotesAndCentroids(Connection connection, List<SuggestedTheme> themes,
                                                 List<Long> ids, Timestamp now) throws SQLException {
        try (PreparedStatement quote = connection.prepareStatement(
                "insert into theme_quote (theme_id, position, item_type, item_id) values (?, ?, ?, ?)");
             PreparedStatement centroid = connection.prepareStatement(
                     "insert into theme_centroid (theme_id, terms, confirmed, computed_at) values (?, ?, 0, ?)")) {
            for (int i = 0; i < themes.size(); i++) {
                SuggestedTheme theme = themes.get(i);
                for (int p = 0; p < theme.representatives().size(); p++) {
                    TextItem item = theme.representatives().get(p);
                    quote.setLong(1, ids.get(i));
                    quote.setShort(2, (short) (p + 1));
                    quote.setString(3, item.type());
                    quote.setLong(4, item.id());
                    quote.addBatch();
                }
                centroid.setLong(1, ids.get(i));
                centroid.setString(2, Centroid.format(theme.centroid()));
                centroid.setTimestamp(3, now);
                centroid.addBatch();
            }
            quote.executeBatch();
            centroid.executeBatch();
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

