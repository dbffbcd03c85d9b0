package org.pikir.feedback.analysis.campaign;

import com.carrotsearch.hppc.LongArrayList;
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
 * time, and each is normalised and hashed whole; exact copies (after normalising) are one distinct text, signed once,
 * whose LSH band keys go to a temporary table, while every comment only leaves its text's hash. PostgreSQL finds the
 * keys shared by more than one text; those texts, and the texts copied more than once, are joined into components by
 * their shared keys with ids only ({@link Components}), and each component's distinct texts come back in one ordered
 * stream to be verified ({@link Component}) one component at a time. Memory: the distinct texts' hashes with their
 * number of copies and first comment (~40 bytes a distinct text) and the candidates' union-find.
 * Members go to {@code campaign_member} in set-based statements: the wide {@code comment} table is never updated, and
 * the campaign signal of the spam score is applied where the score is read. Everything happens
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
        execute(connection, "create temporary table campaign_band (band_key bigint not null, text_hash bigint not null)"
                + " on commit drop");
        execute(connection, "create temporary table campaign_text (text_hash bigint not null,"
                + " comment_id bigint not null) on commit drop");
        DistinctTexts texts = new DistinctTexts();
        if (!readAndSign(connection, context, total, texts)) {
            return false;
        }
        execute(connection, "create index on campaign_text (text_hash)");
        // a temporary table has no statistics until analysed; without them the planner guesses its size
        execute(connection, "analyze campaign_band");
        execute(connection, "analyze campaign_text");
        long signed = System.nanoTime();
        Components components = components(connection, texts);
        long found = System.nanoTime();
        if (context.cancelled()) {
            return false;
        }
        int campaigns = writeCampaigns(connection, forum, components, texts);
        if (context.cancelled()) {
            return false;
        }
        context.progress(total, total);
        LOG.infof("Campaigns of %s: %,d comments (%,d distinct texts) read and signed in %.1f s, %,d candidate texts"
                        + " found in %.1f s, %d campaigns verified and written in %.1f s", forum, total, texts.size(),
                seconds(start, signed), components.size(), seconds(signed, found), campaigns,
                seconds(found, System.nanoTime()));
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

    private boolean readAndSign(Connection connection, JobContext context, long total, DistinctTexts seen)
            throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(
                     "select id, body from comment where event_slug = ? and status <> 'DELETED' and body is not null",
                     ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
             PreparedStatement writeBands = connection.prepareStatement(
                     "insert into campaign_band (band_key, text_hash) select * from unnest(?, ?)");
             PreparedStatement writeTexts = connection.prepareStatement(
                     "insert into campaign_text (text_hash, comment_id) select * from unnest(?, ?)")) {
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
                        done += writeBatch(connection, writeBands, writeTexts, ids, texts, seen);
                        context.progress(done, total);
                        if (context.cancelled()) {
                            return false;
                        }
                    }
                }
            }
            writeBatch(connection, writeBands, writeTexts, ids, texts, seen);
            return !context.cancelled();
        }
    }

    /**
     * Normalises and hashes a batch on every core; signs only the texts not seen before (on every core too); writes
     * their band keys and every comment's text hash in two statements.
     */
    private int writeBatch(Connection connection, PreparedStatement writeBands, PreparedStatement writeTexts,
                           List<Long> ids, List<String> texts, DistinctTexts seen) throws SQLException {
        int size = ids.size();
        if (size == 0) {
            return 0;
        }
        String[] normals = new String[size];
        long[] hashes = new long[size];
        IntStream.range(0, size).parallel().forEach(i -> {
            normals[i] = NearDuplicates.normalise(texts.get(i));
            hashes[i] = NearDuplicates.textHash(normals[i]);
        });
        int[] fresh = IntStream.range(0, size).filter(i -> seen.add(hashes[i], ids.get(i))).toArray();
        long[][] keys = new long[fresh.length][];
        IntStream.range(0, fresh.length).parallel()
                .forEach(j -> keys[j] = duplicates.bandKeys(duplicates.signatureOfNormalised(normals[fresh[j]])));
        if (fresh.length > 0) {
            int perText = keys[0].length;
            Long[] bandKeys = new Long[fresh.length * perText];
            Long[] textHashes = new Long[fresh.length * perText];
            for (int j = 0; j < fresh.length; j++) {
                for (int band = 0; band < perText; band++) {
                    bandKeys[j * perText + band] = keys[j][band];
                    textHashes[j * perText + band] = hashes[fresh[j]];
                }
            }
            writePairs(connection, writeBands, bandKeys, textHashes);
        }
        writePairs(connection, writeTexts, Arrays.stream(hashes).boxed().toArray(), ids.toArray());
        ids.clear();
        texts.clear();
        return size;
    }

    /**
     * Candidates (distinct texts sharing a band key with another one, and texts copied more than once) joined into
     * components through their shared keys, with ids only: a sorted hash array and a union-find parent array.
     */
    private static Components components(Connection connection, DistinctTexts texts) throws SQLException {
        execute(connection, "create temporary table campaign_shared on commit drop as"
                + " select band_key from campaign_band group by band_key having count(*) > 1");
        LongArrayList candidates = texts.copied();
        try (PreparedStatement read = connection.prepareStatement("""
                select distinct b.text_hash from campaign_band b join campaign_shared s using (band_key)""")) {
            read.setFetchSize(BATCH_READ);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    candidates.add(rows.getLong(1));
                }
            }
        }
        long[] sorted = candidates.toArray();
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        Components components = new Components(Arrays.copyOf(sorted, unique));
        try (PreparedStatement read = connection.prepareStatement("""
                select b.band_key, b.text_hash from campaign_band b join campaign_shared s using (band_key)
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
     * Verifies the components one at a time and writes the campaigns they hold: the distinct texts of components with
     * enough comments go to a temporary table with their component, and come back with the text of their first
     * comment ordered by component, so only one component's leaders are in memory at a time.
     */
    private int writeCampaigns(Connection connection, String forum, Components components, DistinctTexts texts)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from campaign where event_slug = ?")) {
            delete.setString(1, forum);
            delete.executeUpdate();
        }
        execute(connection, "create temporary table campaign_component (text_hash bigint not null,"
                + " first_id bigint not null, component bigint not null) on commit drop");
        int smallest = Math.max(2, minSize);
        long[] weights = new long[components.size()];
        for (int i = 0; i < components.size(); i++) {
            weights[components.find(i)] += texts.copies(components.id(i));
        }
        try (PreparedStatement write = connection.prepareStatement(
                "insert into campaign_component (text_hash, first_id, component) select * from unnest(?, ?, ?)")) {
            List<Long> hashes = new ArrayList<>(MEMBER_BATCH);
            List<Long> firsts = new ArrayList<>(MEMBER_BATCH);
            List<Long> roots = new ArrayList<>(MEMBER_BATCH);
            for (int i = 0; i < components.size(); i++) {
                int root = components.find(i);
                if (weights[root] >= smallest) {
                    hashes.add(components.id(i));
                    firsts.add(texts.firstId(components.id(i)));
                    roots.add(components.id(root));
                    if (hashes.size() == MEMBER_BATCH) {
                        writeTriples(connection, write, hashes, firsts, roots);
                    }
                }
            }
            writeTriples(connection, write, hashes, firsts, roots);
        }
        execute(connection, "analyze campaign_component");
        int campaigns = 0;
        try (PreparedStatement read = connection.prepareStatement("""
                select k.component, k.text_hash, c.body from campaign_component k join comment c on c.id = k.first_id
                order by k.component, k.first_id""")) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery()) {
                Component component = null;
                long current = 0;
                while (rows.next()) {
                    if (component == null || rows.getLong(1) != current) {
                        campaigns += component == null ? 0
                                : writeGroups(connection, forum, component.groups(smallest), texts);
                        current = rows.getLong(1);
                        component = new Component();
                    }
                    long hash = rows.getLong(2);
                    component.add(hash, duplicates.signature(rows.getString(3)), texts.copies(hash));
                }
                campaigns += component == null ? 0 : writeGroups(connection, forum, component.groups(smallest), texts);
            }
        }
        return campaigns;
    }

    private static void writeTriples(Connection connection, PreparedStatement write, List<Long> first,
                                     List<Long> second, List<Long> third) throws SQLException {
        if (first.isEmpty()) {
            return;
        }
        Array a = connection.createArrayOf("bigint", first.toArray());
        Array b = connection.createArrayOf("bigint", second.toArray());
        Array c = connection.createArrayOf("bigint", third.toArray());
        write.setArray(1, a);
        write.setArray(2, b);
        write.setArray(3, c);
        write.executeUpdate();
        a.free();
        b.free();
        c.free();
        first.clear();
        second.clear();
        third.clear();
    }

    private static void writePairs(Connection connection, PreparedStatement write, Object[] first, Object[] second)
            throws SQLException {
        Array a = connection.createArrayOf("bigint", first);
        Array b = connection.createArrayOf("bigint", second);
        write.setArray(1, a);
        write.setArray(2, b);
        write.executeUpdate();
        a.free();
        b.free();
    }

    /**
     * Writes each group (of distinct texts, by hash) as a campaign, its first comment standing for it, and its members
     * (every comment carrying one of its texts) in one set-based statement; never updates a comment row.
     */
    private static int writeGroups(Connection connection, String forum, List<long[]> groups, DistinctTexts texts)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                     insert into campaign (event_slug, representative_id, representative_text, language, member_count,
                                           detected_at)
                     select r.event_slug, r.id, left(r.body, 2000), r.language, ?, now()
                     from comment r where r.id = ?
                     returning id""");
             PreparedStatement join = connection.prepareStatement("""
                     insert into campaign_member (comment_id, campaign_id, event_slug)
                     select t.comment_id, ?, ? from campaign_text t where t.text_hash = any(?)""");
             PreparedStatement span = connection.prepareStatement("""
                     update campaign set first_at = s.first_at, last_at = s.last_at
                     from (select min(c.created_at) as first_at, max(c.created_at) as last_at
                           from campaign_member m join comment c on c.id = m.comment_id where m.campaign_id = ?) s
                     where id = ?""")) {
            for (long[] group : groups) {
                insert.setInt(1, Math.toIntExact(Arrays.stream(group).map(texts::copies).sum()));
                insert.setLong(2, Arrays.stream(group).map(texts::firstId).min().orElseThrow());
                long campaign;
                try (ResultSet created = insert.executeQuery()) {
                    created.next();
                    campaign = created.getLong(1);
                }
                Array members = connection.createArrayOf("bigint", Arrays.stream(group).boxed().toArray());
                join.setLong(1, campaign);
                join.setString(2, forum);
                join.setArray(3, members);
                join.executeUpdate();
                members.free();
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
