package org.pikir.feedback.analysis.campaign;

import org.pikir.feedback.analysis.job.JobContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A forum's comments written straight into the database for the campaign tests: planted copies of one campaign text
 * (with the small edits campaign senders make) and distinct comments made of random words.
 */
final class StoredCampaign {

    private static final String[] WORDS = ("закон парламент суд право выборы аким земля язык налог школа больница"
            + " дорога бюджет депутат народ регион город село вода реформа контроль прозрачность отчёт гражданин"
            + " свобода собрание пресса президент мажилис сенат конституция статья поправка референдум комиссия"
            + " совет общество молодёжь пенсия работа зарплата цены транспорт экология воздух лес пастбище недра"
            + " нефть газ уголь решение мнение предложение вопрос ответ срок порядок процедура местный власть")
            .split(" ");

    private final DataSource db;
    private final String event;

    StoredCampaign(DataSource db, String event) {
        this.db = db;
        this.event = event;
    }

    /** {@code count} copies of the campaign text with small edits, by different authors; their ids. */
    List<Long> copies(int count, long seed, String status) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bodies.add(NearDuplicatesTest.copy(random));
        }
        return insert(bodies, status);
    }

    /** {@code count} comments of 12–40 random words each: no two near-identical. */
    List<Long> distinct(int count, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            int words = 12 + random.nextInt(29);
            for (int w = 0; w < words; w++) {
                body.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            bodies.add(body.append('.').toString());
        }
        bodies.addAll(NearDuplicatesTest.SAME_TOPIC);
        return insert(bodies.subList(0, count), "PUBLISHED");
    }

    List<Long> insert(List<String> bodies, String status) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = db.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into comment (id, event_slug, body, language, author_subject, author_name, status,
                                          created_at, updated_at)
                     select nextval('comment_seq'), ?, body, 'ru', 'author-' || n, 'Автор ' || n, ?,
                            now() - interval '1 hour' + n * interval '1 second', now()
                     from unnest(?) with ordinality as t(body, n)
                     returning id""")) {
            insert.setString(1, event);
            insert.setString(2, status);
            insert.setArray(3, connection.createArrayOf("text", bodies.toArray()));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    /** The job context the job runner gives a task, for running one directly. */
    static final class Context implements JobContext {
        private final String event;
        final List<long[]> progress = new ArrayList<>();
        volatile boolean cancel;

        Context(String event) {
            this.event = event;
        }

        @Override
        public long jobId() {
            return 1;
        }

        @Override
        public String eventSlug() {
            return event;
        }

        @Override
        public Map<String, String> parameters() {
            return Map.of();
        }

        @Override
        public void progress(long done, long total) {
            progress.add(new long[] {done, total});
        }

        @Override
        public boolean cancelled() {
            return cancel;
        }
    }
}
