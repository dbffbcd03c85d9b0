package org.pikir.bench.scale;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Loads comments and recommendations straight into feedback-service's PostgreSQL with COPY, in
 * committed batches, with the indexes in place (as a live system would have them). Ids come from a
 * block reserved on the service's own sequences, so the running service never hands out one of them.
 */
final class FeedbackLoader {

    private static final int BATCH = 50_000;
    private static final String[] REASONS = {"SPAM", "ABUSE", "OFF_TOPIC", "PERSONAL_DATA", "DUPLICATE", "OTHER"};

    private final String jdbcUrl;
    private final Forums forums;
    private final SplittableRandom random;
    private final Zipf authors;
    private final Instant start;
    private final Duration span = Duration.ofDays(90);

    FeedbackLoader(String jdbcUrl, Forums forums, long seed, int citizens) {
        this.jdbcUrl = jdbcUrl;
        this.forums = forums;
        this.random = new SplittableRandom(seed);
        this.authors = new Zipf(citizens, 0.8);
        this.start = Instant.now().minus(span);
    }

    void load(long comments, long recommendations) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            loadComments(db, copy, comments);
            report("comments", comments, t0);
            t0 = System.nanoTime();
            loadRecommendations(db, copy, recommendations);
            report("recommendations", recommendations, t0);
            t0 = System.nanoTime();
            group(db);
            System.out.printf("groups: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            try (Statement sql = db.createStatement()) {
                // what autovacuum would do soon after such a load; the planner needs the new statistics
                sql.execute("analyze comment");
                sql.execute("analyze recommendation");
            }
            System.out.printf("analyze: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * Every recommendation the service takes is placed in a near-duplicate group at once; rows loaded by COPY are
     * not, so they are grouped here as campaigns: one group per event and title (case aside), its first row the
     * representative. The member-count trigger is off meanwhile and the counts are written directly.
     */
    private static void group(Connection db) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.execute("alter table recommendation disable trigger recommendation_group_member_count");
            sql.execute("""
                    insert into recommendation_group (event_slug, representative_id, member_count, created_at, text)
                    select r.event_slug, r.id, c.members, r.created_at, r.title || ' ' || left(r.body, 2000)
                    from (select event_slug, min(id) as first,
                                 count(*) filter (where visibility not in ('REJECTED', 'DELETED')) as members
                          from recommendation where group_id is null group by event_slug, lower(title)) c
                    join recommendation r on r.id = c.first""");
            sql.execute("""
                    update recommendation r set group_id = g.id
                    from recommendation_group g join recommendation rep on rep.id = g.representative_id
                    where r.group_id is null and r.event_slug = g.event_slug and lower(r.title) = lower(rep.title)""");
            sql.execute("alter table recommendation enable trigger recommendation_group_member_count");
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static void report(String what, long rows, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("%s: %,d rows in %.1f s (%,.0f rows/s)%n", what, rows, seconds, rows / Math.max(seconds, 0.001));
    }

    /** Reserves {@code count} ids on {@code sequence}: returns the first; the service continues above the block. */
    private static long reserve(Connection db, String sequence, long count) throws SQLException {
        try (Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("select nextval('" + sequence + "')")) {
            rs.next();
            long first = rs.getLong(1) + 1;
            sql.execute("select setval('" + sequence + "', " + (first + count + 100) + ")");
            return first;
        }
    }

    private Instant at(long index, long total) {
        long micros = span.toNanos() / 1000 * index / Math.max(total, 1) + random.nextInt(60_000_000);
        return start.plusNanos(micros * 1000);
    }

    private void loadComments(Connection db, CopyManager copy, long count) throws SQLException {
        long firstId = reserve(db, "comment_seq", count);
        long[] lastCommitted = new long[forums.count()];
        long[] lastInBatch = new long[forums.count()];
        StringBuilder rows = new StringBuilder(BATCH * 600);
        for (long i = 0; i < count; i++) {
            long id = firstId + i;
            int forum = forums.pick(random);
            String language = Texts.language(random);
            int roll = random.nextInt(1000);
            String status = roll < 930 ? "PUBLISHED" : roll < 960 ? "PENDING" : roll < 980 ? "HIDDEN"
                    : roll < 995 ? "REJECTED" : "DELETED";
            boolean moderated = status.equals("HIDDEN") || status.equals("REJECTED");
            Long parent = random.nextInt(10) == 0 && lastCommitted[forum] > 0 ? lastCommitted[forum] : null;
            int flags = random.nextInt(100) == 0 ? 1 + random.nextInt(5) : 0;
            int openFlags = flags > 0 && random.nextInt(3) == 0 ? 1 + random.nextInt(flags) : 0;
            Instant created = at(i, count);
            int author = authors.pick(random);
            csv(rows, id, forums.slug(forum), null, null, parent,
                    Texts.body(random, language, Texts.commentLength(random), 5_000), language,
                    "scale-citizen-" + author, pseudonym(author, language), status, created, created, 0,
                    moderated ? REASONS[random.nextInt(REASONS.length)] : null, null,
                    moderated ? "moderator" : null, moderated ? created.plusSeconds(3600) : null, flags, openFlags);
            if (status.equals("PUBLISHED")) {
                lastInBatch[forum] = id;
            }
            if ((i + 1) % BATCH == 0 || i + 1 == count) {
                copyIn(db, copy, "comment (id, event_slug, statement_id, material_id, parent_id, body, language, "
                        + "author_subject, author_name, status, created_at, updated_at, version, moderation_reason, "
                        + "moderation_note, moderated_by, moderated_at, flag_count, open_flag_count)", rows);
                for (int f = 0; f < lastInBatch.length; f++) {
                    if (lastInBatch[f] > 0) {
                        lastCommitted[f] = lastInBatch[f];
                    }
                }
                progress("comments", i + 1, count);
            }
        }
    }

    private void loadRecommendations(Connection db, CopyManager copy, long count) throws SQLException {
        long firstId = reserve(db, "recommendation_seq", count);
        long[] lastCommitted = new long[forums.count()];
        long[] lastInBatch = new long[forums.count()];
        StringBuilder rows = new StringBuilder(BATCH * 900);
        Zipf endorsements = new Zipf(5_000, 1.3);
        for (long i = 0; i < count; i++) {
            long id = firstId + i;
            int forum = forums.pick(random);
            String language = Texts.language(random);
            int roll = random.nextInt(100);
            String status = roll < 60 ? "SUBMITTED" : roll < 80 ? "UNDER_REVIEW" : roll < 87 ? "ACCEPTED"
                    : roll < 92 ? "PARTIALLY_ACCEPTED" : roll < 98 ? "REJECTED" : "MERGED";
            Long mergedInto = null;
            if (status.equals("MERGED")) {
                if (lastCommitted[forum] > 0) {
                    mergedInto = lastCommitted[forum];
                } else {
                    status = "SUBMITTED";
                }
            }
            boolean decided = status.equals("ACCEPTED") || status.equals("PARTIALLY_ACCEPTED") || status.equals("REJECTED");
            int visibilityRoll = random.nextInt(100);
            String visibility = visibilityRoll < 95 ? "PUBLISHED" : visibilityRoll < 97 ? "PENDING"
                    : visibilityRoll < 99 ? "HIDDEN" : "REJECTED";
            boolean moderated = visibility.equals("HIDDEN") || visibility.equals("REJECTED");
            Instant created = at(i, count);
            int author = authors.pick(random);
            int flags = random.nextInt(100) == 0 ? 1 + random.nextInt(5) : 0;
            int openFlags = flags > 0 && random.nextInt(3) == 0 ? 1 + random.nextInt(flags) : 0;
            csv(rows, id, forums.slug(forum), null, null,
                    Texts.title(random, language),
                    Texts.body(random, language, 200 + random.nextInt(1_500), 10_000),
                    Texts.topic(random),
                    random.nextInt(2) == 0 ? Texts.body(random, language, 150, 2_000) : null,
                    language, "scale-citizen-" + author, pseudonym(author, language), status, mergedInto,
                    status.equals("UNDER_REVIEW") && random.nextInt(3) == 0 ? "moderator" : null,
                    decided ? Texts.body(random, "ru", 300, 5_000) : null,
                    decided ? "Рабочая группа" : null,
                    decided ? created.plus(Duration.ofDays(1 + random.nextInt(20))) : null,
                    visibility, endorsements.pick(random) - 1, created, created, 0,
                    moderated ? REASONS[random.nextInt(REASONS.length)] : null, null,
                    moderated ? "moderator" : null, moderated ? created.plusSeconds(3600) : null, flags, openFlags);
            if (visibility.equals("PUBLISHED")) {
                lastInBatch[forum] = id;
            }
            if ((i + 1) % BATCH == 0 || i + 1 == count) {
                copyIn(db, copy, "recommendation (id, event_slug, statement_id, material_id, title, body, topic, "
                        + "expected_effect, language, author_subject, author_name, status, merged_into_id, assigned_to, "
                        + "official_answer, answered_by, answered_at, visibility, endorsement_count, created_at, "
                        + "updated_at, version, moderation_reason, moderation_note, moderated_by, moderated_at, "
                        + "flag_count, open_flag_count)", rows);
                for (int f = 0; f < lastInBatch.length; f++) {
                    if (lastInBatch[f] > 0) {
                        lastCommitted[f] = lastInBatch[f];
                    }
                }
                progress("recommendations", i + 1, count);
            }
        }
    }

    private static void copyIn(Connection db, CopyManager copy, String target, StringBuilder rows) throws SQLException {
        try {
            copy.copyIn("copy " + target + " from stdin with (format csv)", new StringReader(rows.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY failed", e);
        }
        rows.setLength(0);
    }

    private static void progress(String what, long done, long total) {
        if (done == total || done % (BATCH * 20L) == 0) {
            System.out.printf("  %s: %,d / %,d%n", what, done, total);
        }
    }

    private static String pseudonym(int author, String language) {
        return (language.equals("kk") ? "Азамат " : language.equals("en") ? "Citizen " : "Гражданин ") + author;
    }

    /** One CSV line: null is an empty unquoted field (NULL), text is quoted with quotes doubled. */
    private static void csv(StringBuilder out, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object field = fields[i];
            if (field == null) {
                continue;
            }
            if (field instanceof String text) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        out.append('\n');
    }
}
