package org.pikir.feedback.analysis.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pikir.feedback.analysis.job.AnalysisTask;
import org.pikir.feedback.analysis.job.JobContext;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The CAMPAIGNS analysis job: finds the groups of near-identical comments on a forum and replaces its campaigns.
 * <p>
 * Built for a forum of millions of comments with flat memory: the comments are read through a cursor, a batch at a
 * time; each one's LSH band keys go to a temporary table; PostgreSQL finds the keys shared by more than one comment;
 * those candidates are joined into components by their shared keys with ids only ({@link Components}), and each
 * component's texts come back in one ordered stream to be verified ({@link Component}) one component at a time.
 * Members go to {@code campaign_member} in set-based batches: the wide {@code comment} table is never updated, and the
 * campaign signal of the spam score is applied where the score is read. Everything happens
 * in one transaction on one connection of its own (outside JTA, so no request timeout cuts it off): readers see the
 * old campaigns until the new ones are committed, and a cancelled or failed run leaves them as they were.
 */
@ApplicationScoped
public class CampaignTask implements AnalysisTask {

    public static final String KIND = "CAMPAIGNS";
    private static final Logger LOG = Logger.getLogger(CampaignTask.class);
    private static final int BATCH = 2_000;
    /** Rows of ids a fetch, when no text comes with them. */
    private static final int BATCH_READ = 10_000;
    private static final int MEMBER_BATCH = 10_000;

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
        Components components = components(connection);
        long found = System.nanoTime();
        if (context.cancelled()) {
            return false;
        }
        int campaigns = writeCampaigns(connection, forum, components);
        if (context.cancelled()) {
            return false;
        }
        context.progress(total, total);
        LOG.infof("Campaigns of %s: %,d comments read and signed in %.1f s, %,d candidates found in %.1f s,"
                        + " %d campaigns verified and written in %.1f s", forum, total, seconds(start, signed),
                components.size(), seconds(signed, found), campaigns, seconds(found, System.nanoTime()));
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

    /**
     * Candidates (comments sharing a band key with another one) joined into components through their shared keys,
     * with ids only: a sorted id array and a union-find parent array, ~12 bytes per candidate.
     */
    private static Components components(Connection connection) throws SQLException {
        execute(connection, "create temporary table campaign_shared on commit drop as"
                + " select band_key from campaign_band group by band_key having count(*) > 1");
        long[] ids = new long[1024];
        int size = 0;
        try (PreparedStatement read = connection.prepareStatement("""
                select distinct b.comment_id from campaign_band b join campaign_shared s using (band_key)
                order by b.comment_id""")) {
            read.setFetchSize(BATCH_READ);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    if (size == ids.length) {
                        ids = Arrays.copyOf(ids, size * 2);
                    }
                    ids[size++] = rows.getLong(1);
                }
            }
        }
        Components components = new Components(Arrays.copyOf(ids, size));
        try (PreparedStatement read = connection.prepareStatement("""
                select b.band_key, b.comment_id from campaign_band b join campaign_shared s using (band_key)
                order by b.band_key""")) {
            read.setFetchSize(BATCH_READ);
            try (ResultSet rows = read.executeQuery()) {
                long key = 0;
                int first = -1;
                while (rows.next()) {
                    int index = components.indexOf(rows.getLong(2));
                    if (first >= 0 && rows.getLong(1) == key) {
                        components.union(first, index);
                    } else {
                        key = rows.getLong(1);
                        first = index;
                    }
                }
            }
        }
        return components;
    }

    /**
     * Verifies the components one at a time and writes the campaigns they hold: the members of components big enough
     * go to a temporary table with their component, and come back with their texts ordered by component, so only one
     * component's leaders are in memory at a time.
     */
    private int writeCampaigns(Connection connection, String forum, Components components) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from campaign where event_slug = ?")) {
            delete.setString(1, forum);
            delete.executeUpdate();
        }
        execute(connection, "create temporary table campaign_component (comment_id bigint not null,"
                + " component bigint not null) on commit drop");
        int smallest = Math.max(2, minSize);
        try (PreparedStatement write = connection.prepareStatement(
                "insert into campaign_component (comment_id, component) select * from unnest(?, ?)")) {
            int[] sizes = components.sizes();
            List<Long> ids = new ArrayList<>(MEMBER_BATCH);
            List<Long> roots = new ArrayList<>(MEMBER_BATCH);
            for (int i = 0; i < components.size(); i++) {
                int root = components.find(i);
                if (sizes[root] >= smallest) {
                    ids.add(components.id(i));
                    roots.add(components.id(root));
                    if (ids.size() == MEMBER_BATCH) {
                        writePairs(connection, write, ids, roots);
                    }
                }
            }
            writePairs(connection, write, ids, roots);
        }
        execute(connection, "analyze campaign_component");
        int campaigns = 0;
        try (PreparedStatement read = connection.prepareStatement("""
                select k.component, c.id, c.body from campaign_component k join comment c on c.id = k.comment_id
                order by k.component, c.id""")) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery()) {
                Component component = null;
                long current = 0;
                while (rows.next()) {
                    if (component == null || rows.getLong(1) != current) {
                        campaigns += component == null ? 0 : writeGroups(connection, forum, component.groups(smallest));
                        current = rows.getLong(1);
                        component = new Component();
                    }
                    component.add(rows.getLong(2), duplicates.signature(rows.getString(3)));
                }
                campaigns += component == null ? 0 : writeGroups(connection, forum, component.groups(smallest));
            }
        }
        return campaigns;
    }

    private static void writePairs(Connection connection, PreparedStatement write, List<Long> first,
                                   List<Long> second) throws SQLException {
        if (first.isEmpty()) {
            return;
        }
        Array a = connection.createArrayOf("bigint", first.toArray());
        Array b = connection.createArrayOf("bigint", second.toArray());
        write.setArray(1, a);
        write.setArray(2, b);
        write.executeUpdate();
        a.free();
        b.free();
        first.clear();
        second.clear();
    }

    /** Writes each group as a campaign and its members in set-based batches; never updates a comment row. */
    private static int writeGroups(Connection connection, String forum, List<long[]> groups) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                     insert into campaign (event_slug, representative_id, representative_text, language, member_count,
                                           detected_at)
                     select r.event_slug, r.id, left(r.body, 2000), r.language, ?, now()
                     from comment r where r.id = ?
                     returning id""");
             PreparedStatement join = connection.prepareStatement("""
                     insert into campaign_member (comment_id, campaign_id, event_slug)
                     select m, ?, ? from unnest(?) m""");
             PreparedStatement span = connection.prepareStatement("""
                     update campaign set first_at = s.first_at, last_at = s.last_at
                     from (select min(c.created_at) as first_at, max(c.created_at) as last_at
                           from campaign_member m join comment c on c.id = m.comment_id where m.campaign_id = ?) s
                     where id = ?""")) {
            for (long[] group : groups) {
                insert.setInt(1, group.length);
                insert.setLong(2, group[0]);
                long campaign;
                try (ResultSet created = insert.executeQuery()) {
                    created.next();
                    campaign = created.getLong(1);
                }
                for (int from = 0; from < group.length; from += MEMBER_BATCH) {
                    long[] batch = Arrays.copyOfRange(group, from, Math.min(group.length, from + MEMBER_BATCH));
                    Array members = connection.createArrayOf("bigint", Arrays.stream(batch).boxed().toArray());
                    join.setLong(1, campaign);
                    join.setString(2, forum);
                    join.setArray(3, members);
                    join.executeUpdate();
                    members.free();
                }
                span.setLong(1, campaign);
                span.setLong(2, campaign);
                span.executeUpdate();
            }
        }
        return groups.size();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
