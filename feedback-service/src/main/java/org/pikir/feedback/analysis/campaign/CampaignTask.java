package org.pikir.feedback.analysis.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pikir.feedback.analysis.job.AnalysisTask;
import org.pikir.feedback.analysis.job.JobContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The CAMPAIGNS analysis job: finds the groups of near-identical comments on a forum and replaces its campaigns.
 * <p>
 * Built for forums of hundreds of thousands of comments: the comments are read through a cursor, a batch at a time,
 * and each is normalised and hashed whole; exact copies (after normalising) are one distinct text, signed once (on
 * every core), whose LSH band keys and compact signature are kept in primitive arrays ({@link DistinctTexts}, ~460
 * bytes a distinct text), while every comment leaves its text's hash in a temporary table. Texts sharing a band key
 * are joined into components in memory, one band at a time; the distinct texts of components with enough comments
 * are verified ({@link Component}) one component at a time, in the order of their first comment, without reading
 * or signing them again. Members go to {@code campaign_member} in
 * set-based statements: the wide {@code comment} table is never updated, and the campaign signal of the spam score
 * is applied where the score is read. Everything happens in one transaction on one connection of its own (outside
 * JTA, so no request timeout cuts it off): readers see the old campaigns until the new ones are committed, and a
 * cancelled or failed run leaves them as they were.
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
        execute(connection, "create temporary table campaign_text (text_hash bigint not null,"
                + " comment_id bigint not null) on commit drop");
        DistinctTexts texts = new DistinctTexts(duplicates.bands(), duplicates.hashes());
        if (!readAndSign(connection, context, total, texts)) {
            return false;
        }
        execute(connection, "create index on campaign_text (text_hash)");
        // a temporary table has no statistics until analysed; without them the planner guesses its size
        execute(connection, "analyze campaign_text");
        long signed = System.nanoTime();
        Components components = texts.components();
        long found = System.nanoTime();
        if (context.cancelled()) {
            return false;
        }
        int campaigns = writeCampaigns(connection, forum, components, texts);
        if (context.cancelled()) {
            return false;
        }
        context.progress(total, total);
        LOG.infof("Campaigns of %s: %,d comments (%,d distinct texts) read and signed in %.1f s, joined by their"
                        + " band keys in %.1f s, %d campaigns verified and written in %.1f s", forum, total,
                texts.size(), seconds(start, signed), seconds(signed, found), campaigns,
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
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (PreparedStatement read = connection.prepareStatement("""
                select id, body, (extract(epoch from created_at) * 1000000)::bigint from comment
                where event_slug = ? and status <> 'DELETED' and body is not null""",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            read.setFetchSize(BATCH);
            read.setString(1, context.eventSlug());
            long done = 0;
            Batch batch = new Batch();
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    batch.add(rows.getLong(1), rows.getString(2), rows.getLong(3));
                    if (batch.size == BATCH) {
                        done += writeBatch(copy, batch, seen);
                        context.progress(done, total);
                        if (context.cancelled()) {
                            return false;
                        }
                    }
                }
            }
            writeBatch(copy, batch, seen);
            return !context.cancelled();
        }
    }

    /** A batch of comments as read: id, text and when it was written (microseconds since the epoch). */
    private static final class Batch {
        final long[] ids = new long[BATCH];
        final String[] texts = new String[BATCH];
        final long[] times = new long[BATCH];
        int size;

        void add(long id, String text, long at) {
            ids[size] = id;
            texts[size] = text;
            times[size++] = at;
        }
    }

    /**
     * Normalises and hashes a batch on every core; signs only the texts not seen before (on every core too) and keeps
     * their band keys; writes every comment's text hash with one COPY.
     */
    private int writeBatch(CopyManager copy, Batch batch, DistinctTexts seen) throws SQLException {
        int size = batch.size;
        if (size == 0) {
            return 0;
        }
        String[] normals = new String[size];
        long[] hashes = new long[size];
        IntStream.range(0, size).parallel().forEach(i -> {
            normals[i] = NearDuplicates.normalise(batch.texts[i]);
            hashes[i] = NearDuplicates.textHash(normals[i]);
        });
        int[] numbers = new int[size];
        for (int i = 0; i < size; i++) {
            numbers[i] = seen.add(hashes[i], batch.ids[i], batch.times[i]);
        }
        IntStream.range(0, size).parallel().filter(i -> numbers[i] >= 0).forEach(i -> {
            long[] signature = duplicates.signatureOfNormalised(normals[i]);
            seen.signed(numbers[i], signature, duplicates.bandKeys(signature));
        });
        StringBuilder lines = new StringBuilder(size * 40);
        for (int i = 0; i < size; i++) {
            lines.append(hashes[i]).append('\t').append(batch.ids[i]).append('\n');
        }
        try {
            copy.copyIn("copy campaign_text (text_hash, comment_id) from stdin", new StringReader(lines.toString()));
        } catch (IOException e) {
            throw new SQLException("could not write the comments' text hashes", e);
        }
        Arrays.fill(batch.texts, null);
        batch.size = 0;
        return size;
    }

    /**
     * Verifies the components one at a time, in memory on the texts' compact signatures, and writes the campaigns they
     * hold: the distinct texts of components with enough comments, ordered by component and first comment.
     */
    private int writeCampaigns(Connection connection, String forum, Components components, DistinctTexts texts)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from campaign where event_slug = ?")) {
            delete.setString(1, forum);
            delete.executeUpdate();
        }
        int smallest = Math.max(2, minSize);
        long[] weights = new long[components.size()];
        for (int i = 0; i < components.size(); i++) {
            weights[components.find(i)] += texts.copies(i);
        }
        int[] candidates = IntStream.range(0, components.size()).filter(i -> weights[components.find(i)] >= smallest)
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(components::find).thenComparingLong(texts::firstId))
                .mapToInt(Integer::intValue).toArray();
        int campaigns = 0;
        Component component = null;
        int current = -1;
        for (int text : candidates) {
            if (component == null || components.find(text) != current) {
                campaigns += component == null ? 0 : writeGroups(connection, forum, component.groups(smallest), texts);
                current = components.find(text);
                component = new Component();
            }
            component.add(text, texts.signature(text), texts.copies(text));
        }
        campaigns += component == null ? 0 : writeGroups(connection, forum, component.groups(smallest), texts);
        return campaigns;
    }

    /**
     * Writes each group (of distinct texts, by number) as a campaign, its first comment standing for it, and its members
     * (every comment carrying one of its texts) in one set-based statement; never updates a comment row.
     */
    private static int writeGroups(Connection connection, String forum, List<long[]> groups, DistinctTexts texts)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                     insert into campaign (event_slug, representative_id, representative_text, language, member_count,
                                           first_at, last_at, detected_at)
                     select r.event_slug, r.id, left(r.body, 2000), r.language, ?,
                            timestamptz 'epoch' + ? * interval '1 microsecond',
                            timestamptz 'epoch' + ? * interval '1 microsecond', now()
                     from comment r where r.id = ?
                     returning id""");
             PreparedStatement join = connection.prepareStatement("""
                     insert into campaign_member (comment_id, campaign_id, event_slug)
                     select t.comment_id, ?, ? from campaign_text t where t.text_hash = any(?)""")) {
            for (long[] group : groups) {
                insert.setInt(1, Arrays.stream(group).mapToInt(text -> texts.copies((int) text)).sum());
                insert.setLong(2, Arrays.stream(group).map(text -> texts.firstAt((int) text)).min().orElseThrow());
                insert.setLong(3, Arrays.stream(group).map(text -> texts.lastAt((int) text)).max().orElseThrow());
                insert.setLong(4, Arrays.stream(group).map(text -> texts.firstId((int) text)).min().orElseThrow());
                long campaign;
                try (ResultSet created = insert.executeQuery()) {
                    created.next();
                    campaign = created.getLong(1);
                }
                Array members = connection.createArrayOf("bigint",
                        Arrays.stream(group).mapToObj(text -> texts.hash((int) text)).toArray());
                join.setLong(1, campaign);
                join.setString(2, forum);
                join.setArray(3, members);
                join.executeUpdate();
                members.free();
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
