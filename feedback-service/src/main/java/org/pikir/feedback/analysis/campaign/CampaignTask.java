package org.pikir.feedback.analysis.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pikir.feedback.analysis.job.AnalysisTask;
import org.pikir.feedback.analysis.job.JobContext;
import org.pikir.feedback.analysis.job.TextItem;
import org.pikir.feedback.analysis.spam.SpamScores;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The CAMPAIGNS analysis job: finds the groups of near-identical comments on a forum and replaces its campaigns.
 * <p>
 * Built for a forum of millions of comments with flat memory: the comments are read through a cursor, a batch at a
 * time; each one's LSH band keys go to a temporary table; PostgreSQL finds the keys shared by more than one comment,
 * and only those candidates' texts come back to be grouped and verified by {@link NearDuplicates}. Everything happens
 * in one transaction on one connection of its own (outside JTA, so no request timeout cuts it off): readers see the
 * old campaigns until the new ones are committed, and a cancelled or failed run leaves them as they were.
 */
@ApplicationScoped
public class CampaignTask implements AnalysisTask {

    public static final String KIND = "CAMPAIGNS";
    private static final Logger LOG = Logger.getLogger(CampaignTask.class);
    private static final int BATCH = 2_000;

    private final DataSource dataSource;
    private final int minSize;
    private final NearDuplicates duplicates = new NearDuplicates();

    public CampaignTask(DataSource dataSource,
                        @ConfigProperty(name = "pikir.feedback.campaign-min-size", defaultValue = "10") int minSize) {
        this.dataSource = dataSource;
        this.minSize = minSize;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext context) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (findAndReplace(connection, context)) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** False when cancelled: the caller then rolls everything back. */
    private boolean findAndReplace(Connection connection, JobContext context) throws SQLException {
        String forum = context.eventSlug();
        long start = System.nanoTime();
        long total = count(connection, forum);
        context.progress(0, total);
        execute(connection, "create temporary table campaign_band (band_key bigint not null, comment_id bigint not null)"
                + " on commit drop");
        if (!writeBandKeys(connection, context, total)) {
            return false;
        }
        // a temporary table has no statistics until analysed; without them the planner guesses its size
        execute(connection, "analyze campaign_band");
        long signed = System.nanoTime();
        List<TextItem> candidates = candidates(connection);
        long found = System.nanoTime();
        List<List<Long>> groups = duplicates.groups(candidates, minSize);
        if (context.cancelled()) {
            return false;
        }
        replaceCampaigns(connection, forum, groups);
        context.progress(total, total);
        LOG.infof("Campaigns of %s: %,d comments read and signed in %.1f s, %,d candidates found in %.1f s,"
                        + " %d campaigns grouped and written in %.1f s", forum, total, seconds(start, signed),
                candidates.size(), seconds(signed, found), groups.size(), seconds(found, System.nanoTime()));
        return true;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static long count(Connection connection, String forum) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from comment where event_slug = ? and status <> 'DELETED' and body is not null")) {
            count.setString(1, forum);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private boolean writeBandKeys(Connection connection, JobContext context, long total) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(
                     "select id, body from comment where event_slug = ? and status <> 'DELETED' and body is not null",
                     ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
             PreparedStatement write = connection.prepareStatement(
                     "insert into campaign_band (band_key, comment_id) select * from unnest(?, ?)")) {
            read.setFetchSize(BATCH);
            read.setString(1, context.eventSlug());
            long done = 0;
            List<Long> ids = new ArrayList<>(BATCH);
            List<String> texts = new ArrayList<>(BATCH);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    texts.add(rows.getString(2));
                    if (ids.size() == BATCH) {
                        done += writeBatch(connection, write, ids, texts);
                        context.progress(done, total);
                        if (context.cancelled()) {
                            return false;
                        }
                    }
                }
            }
            writeBatch(connection, write, ids, texts);
            return !context.cancelled();
        }
    }

    /** Signs a batch on every core, then writes its band keys in one statement. */
    private int writeBatch(Connection connection, PreparedStatement write, List<Long> ids, List<String> texts)
            throws SQLException {
        int size = ids.size();
        if (size == 0) {
            return 0;
        }
        long[][] keys = new long[size][];
        IntStream.range(0, size).parallel()
                .forEach(i -> keys[i] = duplicates.bandKeys(duplicates.signature(texts.get(i))));
        int perItem = keys[0].length;
        Long[] bandKeys = new Long[size * perItem];
        Long[] commentIds = new Long[size * perItem];
        for (int i = 0; i < size; i++) {
            for (int band = 0; band < perItem; band++) {
                bandKeys[i * perItem + band] = keys[i][band];
                commentIds[i * perItem + band] = ids.get(i);
            }
        }
        Array keyArray = connection.createArrayOf("bigint", bandKeys);
        Array idArray = connection.createArrayOf("bigint", commentIds);
        write.setArray(1, keyArray);
        write.setArray(2, idArray);
        write.executeUpdate();
        keyArray.free();
        idArray.free();
        ids.clear();
        texts.clear();
        return size;
    }

    /** The comments sharing a band key with another one: the only texts that can be in a campaign. */
    private static List<TextItem> candidates(Connection connection) throws SQLException {
        List<TextItem> items = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement("""
                select c.id, c.language, c.body from comment c
                where c.id in (select comment_id from campaign_band
                               where band_key in (select band_key from campaign_band
                                                  group by band_key having count(*) > 1))
                order by c.id""")) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    items.add(new TextItem("COMMENT", rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return items;
    }

    private static void replaceCampaigns(Connection connection, String forum, List<List<Long>> groups)
            throws SQLException {
        try (PreparedStatement forget = connection.prepareStatement(
                "update comment set campaign_id = null where event_slug = ? and campaign_id is not null")) {
            forget.setString(1, forum);
            forget.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from campaign where event_slug = ?")) {
            delete.setString(1, forum);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                     insert into campaign (event_slug, representative_id, representative_text, language, member_count,
                                           first_at, last_at, detected_at)
                     select r.event_slug, r.id, left(r.body, 2000), r.language, ?,
                            (select min(created_at) from comment where id = any(?)),
                            (select max(created_at) from comment where id = any(?)), now()
                     from comment r where r.id = ?
                     returning id""");
             PreparedStatement join = connection.prepareStatement(
                     // copy-paste is a spam signal: a member's score is at least the campaign signal
                     "update comment set campaign_id = ?, spam_score = greatest(coalesce(spam_score, 0), ?)"
                             + " where id = any(?)")) {
            for (List<Long> group : groups) {
                Array members = connection.createArrayOf("bigint", group.toArray(Long[]::new));
                insert.setInt(1, group.size());
                insert.setArray(2, members);
                insert.setArray(3, members);
                insert.setLong(4, group.get(0));
                long campaign;
                try (ResultSet created = insert.executeQuery()) {
                    created.next();
                    campaign = created.getLong(1);
                }
                join.setLong(1, campaign);
                join.setFloat(2, (float) SpamScores.CAMPAIGN_SIGNAL);
                join.setArray(3, members);
                join.executeUpdate();
                members.free();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
