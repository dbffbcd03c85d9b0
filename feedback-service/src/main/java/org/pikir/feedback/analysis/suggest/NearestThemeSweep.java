package org.pikir.feedback.analysis.suggest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.pikir.feedback.analysis.text.TextAnalyzer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives new items a suggested tag of their nearest ACCEPTED theme, so tagging keeps up during a consultation. Every
 * sweep first recomputes the centroids of accepted themes whose confirmed items changed (from up to 500 of them), then,
 * per forum with accepted centroids, reads the next batch of items after the forum's keyset position
 * ({@code analysis_sweep}, locked with SKIP LOCKED so replicas share forums), tags each untagged item not marked
 * "no theme" whose similarity to the nearest centroid reaches the threshold, and moves the position on. Items younger
 * than the lag wait for the next sweep, so a transaction still writing an older item is not overtaken.
 */
@ApplicationScoped
public class NearestThemeSweep {

    private static final Logger LOG = Logger.getLogger(NearestThemeSweep.class);
    private static final int CENTROIDS_PER_SWEEP = 20;
    private static final int CENTROID_ITEMS = 500;
    static final String TAGGED_BY = "nearest-theme";

    private final DataSource dataSource;
    private final SuggestionsConfig config;
    private final Clock clock;
    private final TextAnalyzer analyzer = new TextAnalyzer();

    public NearestThemeSweep(DataSource dataSource, SuggestionsConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "nearest-theme-sweep", every = "${pikir.feedback.suggestions.sweep-every}",
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sweep();
    }

    /** One sweep over every forum; returns how many items got a suggested tag. */
    public synchronized int sweep() {
        QuarkusTransaction.requiringNew().call(() -> {
            refreshCentroids();
            return null;
        });
        List<String> forums = QuarkusTransaction.requiringNew().call(this::forumsWithCentroids);
        int tagged = 0;
        for (String forum : forums) {
            tagged += QuarkusTransaction.requiringNew().call(() -> sweep(forum));
        }
        if (tagged > 0) {
            LOG.infof("Suggested the nearest accepted theme for %d new item(s)", tagged);
        }
        return tagged;
    }

    private void refreshCentroids() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, Integer> stale = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select t.id, n.confirmed from theme t
                    cross join lateral (select count(*)::int as confirmed from item_theme it
                                        where it.theme_id = t.id and not it.suggested) n
                    left join theme_centroid c on c.theme_id = t.id
                    where t.status = 'ACCEPTED' and n.confirmed > 0
                      and (c.theme_id is null or c.confirmed <> n.confirmed)
                    order by t.id limit ?""")) {
                select.setInt(1, CENTROIDS_PER_SWEEP);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stale.put(rows.getLong(1), rows.getInt(2));
                    }
                }
            }
            for (Map.Entry<Long, Integer> theme : stale.entrySet()) {
                Map<String, Double> centroid = Centroid.of(analyzer, confirmedTexts(connection, theme.getKey()));
                try (PreparedStatement upsert = connection.prepareStatement("""
                        insert into theme_centroid (theme_id, terms, confirmed, computed_at) values (?, ?, ?, ?)
                        on conflict (theme_id) do update
                        set terms = excluded.terms, confirmed = excluded.confirmed, computed_at = excluded.computed_at""")) {
                    upsert.setLong(1, theme.getKey());
                    upsert.setString(2, Centroid.format(centroid));
                    upsert.setInt(3, theme.getValue());
                    upsert.setTimestamp(4, Timestamp.from(clock.instant()));
                    upsert.executeUpdate();
                }
            }
        }
    }

    private static List<String[]> confirmedTexts(Connection connection, long themeId) throws SQLException {
        List<String[]> texts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select coalesce(c.body, r.title || '. ' || r.body), coalesce(c.language, r.language)
                from (select item_type, item_id from item_theme where theme_id = ? and not suggested
                      order by tagged_at desc limit ?) it
                left join comment c on it.item_type = 'COMMENT' and c.id = it.item_id
                left join recommendation r on it.item_type = 'RECOMMENDATION' and r.id = it.item_id""")) {
            select.setLong(1, themeId);
            select.setInt(2, CENTROID_ITEMS);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(1) != null) {
                        texts.add(new String[] {rows.getString(1), rows.getString(2)});
                    }
                }
            }
        }
        return texts;
    }

    private List<String> forumsWithCentroids() throws SQLException {
        List<String> forums = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select distinct t.event_slug from theme t join theme_centroid c on c.theme_id = t.id
                     where t.status = 'ACCEPTED'""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                forums.add(rows.getString(1));
            }
        }
        return forums;
    }

    private int sweep(String forum) throws SQLException {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into analysis_sweep (event_slug, swept_at) values (?, ?) on conflict do nothing")) {
                insert.setString(1, forum);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.executeUpdate();
            }
            Position comments;
            Position recommendations;
            try (PreparedStatement lock = connection.prepareStatement("""
                    select comment_at, comment_id, recommendation_at, recommendation_id from analysis_sweep
                    where event_slug = ? for update skip locked""")) {
                lock.setString(1, forum);
                try (ResultSet row = lock.executeQuery()) {
                    if (!row.next()) {
                        return 0; // another replica is sweeping this forum
                    }
                    comments = new Position(row.getObject(1, OffsetDateTime.class), row.getLong(2));
                    recommendations = new Position(row.getObject(3, OffsetDateTime.class), row.getLong(4));
                }
            }
            Map<Long, Map<String, Double>> centroids = centroids(connection, forum);
            OffsetDateTime before = now.minus(config.sweepLag()).atOffset(ZoneOffset.UTC);
            List<Tag> tags = new ArrayList<>();
            comments = batch(connection, forum, "COMMENT", """
                    select c.id, c.language, c.body, c.created_at from comment c
                    where c.event_slug = ? and c.status not in ('DELETED', 'REJECTED')
                      and (c.created_at, c.id) > (?, ?) and c.created_at < ?
                      and not exists (select 1 from item_theme it where it.item_type = 'COMMENT' and it.item_id = c.id)
                      and not exists (select 1 from item_analysis a
                                      where a.item_type = 'COMMENT' and a.item_id = c.id and a.no_theme)
                    order by c.created_at, c.id limit ?""", comments, before, centroids, tags);
            recommendations = batch(connection, forum, "RECOMMENDATION", """
                    select r.id, r.language, r.title || '. ' || r.body, r.created_at from recommendation r
                    where r.event_slug = ? and r.visibility not in ('DELETED', 'REJECTED')
                      and (r.created_at, r.id) > (?, ?) and r.created_at < ?
                      and not exists (select 1 from item_theme it
                                      where it.item_type = 'RECOMMENDATION' and it.item_id = r.id)
                      and not exists (select 1 from item_analysis a
                                      where a.item_type = 'RECOMMENDATION' and a.item_id = r.id and a.no_theme)
                    order by r.created_at, r.id limit ?""", recommendations, before, centroids, tags);
            insertTags(connection, forum, tags, now);
            try (PreparedStatement update = connection.prepareStatement("""
                    update analysis_sweep set comment_at = ?, comment_id = ?, recommendation_at = ?,
                        recommendation_id = ?, swept_at = ?
                    where event_slug = ?""")) {
                update.setObject(1, comments.at());
                update.setLong(2, comments.id());
                update.setObject(3, recommendations.at());
                update.setLong(4, recommendations.id());
                update.setTimestamp(5, Timestamp.from(now));
                update.setString(6, forum);
                update.executeUpdate();
            }
            return tags.size();
        }
    }

    private static Map<Long, Map<String, Double>> centroids(Connection connection, String forum) throws SQLException {
        Map<Long, Map<String, Double>> centroids = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select t.id, c.terms from theme t join theme_centroid c on c.theme_id = t.id
                where t.event_slug = ? and t.status = 'ACCEPTED' order by t.id""")) {
            select.setString(1, forum);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    centroids.put(rows.getLong(1), Centroid.parse(rows.getString(2)));
                }
            }
        }
        return centroids;
    }

    /** Reads one batch after {@code from}, adds the tags it earns; returns the new position. */
    private Position batch(Connection connection, String forum, String type, String sql, Position from,
                           OffsetDateTime before, Map<Long, Map<String, Double>> centroids, List<Tag> tags)
            throws SQLException {
        Position last = from;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, forum);
            select.setObject(2, from.at());
            select.setLong(3, from.id());
            select.setObject(4, before);
            select.setInt(5, config.sweepBatch());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    Map<String, Double> vector = Centroid.vector(analyzer, rows.getString(3), rows.getString(2));
                    long best = -1;
                    double bestScore = 0;
                    for (Map.Entry<Long, Map<String, Double>> centroid : centroids.entrySet()) {
                        double score = Centroid.similarity(vector, centroid.getValue());
                        if (score > bestScore) {
                            best = centroid.getKey();
                            bestScore = score;
                        }
                    }
                    if (best >= 0 && bestScore >= config.sweepMinScore()) {
                        tags.add(new Tag(type, id, best, Math.min(1, bestScore)));
                    }
                    last = new Position(rows.getObject(4, OffsetDateTime.class), id);
                }
            }
        }
        return last;
    }

    private static void insertTags(Connection connection, String forum, List<Tag> tags, Instant now)
            throws SQLException {
        if (tags.isEmpty()) {
            return;
        }
        String[] types = new String[tags.size()];
        Long[] ids = new Long[tags.size()];
        Long[] themes = new Long[tags.size()];
        Float[] scores = new Float[tags.size()];
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            types[i] = tag.type();
            ids[i] = tag.id();
            themes[i] = tag.theme();
            scores[i] = (float) tag.score();
        }
        // one statement for the whole sweep, so V24's statement-level counter triggers run once, not once a tag
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into item_theme (item_type, item_id, theme_id, event_slug, suggested, score, tagged_by, tagged_at)
                select t.item_type, t.item_id, t.theme_id, ?, true, t.score, ?, ?
                from unnest(?::varchar[], ?::bigint[], ?::bigint[], ?::real[]) as t(item_type, item_id, theme_id, score)
                on conflict (item_type, item_id, theme_id) do nothing""")) {
            insert.setString(1, forum);
            insert.setString(2, TAGGED_BY);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setArray(4, connection.createArrayOf("varchar", types));
            insert.setArray(5, connection.createArrayOf("bigint", ids));
            insert.setArray(6, connection.createArrayOf("bigint", themes));
            insert.setArray(7, connection.createArrayOf("real", scores));
            insert.executeUpdate();
        }
    }

    private record Position(OffsetDateTime at, long id) {
    }

    private record Tag(String type, long id, long theme, double score) {
    }
}
