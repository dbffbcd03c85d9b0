package org.pikir.feedback.comment;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Comments on one event written straight into the database, as the bench loaders do, for tests whose lists need set
 * times (ties included), depths the API no longer allows, or hundreds of rows. The database fills in thread, depth
 * and counters itself.
 */
final class StoredComments {

    private final DataSource db;
    private final String event;

    StoredComments(DataSource db, String event) {
        this.db = db;
        this.event = event;
    }

    long root(Instant at) {
        return insert(null, at, "PUBLISHED", null);
    }

    long root(Instant at, String status, Long statementId) {
        return insert(null, at, status, statementId);
    }

    long reply(long parent, Instant at) {
        return insert(parent, at, "PUBLISHED", null);
    }

    /** {@code count} replies to {@code parent}, a second apart from {@code from}, in the order written. */
    List<Long> replies(long parent, Instant from, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(reply(parent, from.plusSeconds(i)));
        }
        return ids;
    }

    /** {@code roots} top-level comments a minute apart from {@code from}, each with {@code repliesEach} replies. */
    void threads(Instant from, int roots, int repliesEach) {
        try (Connection connection = db.getConnection();
             PreparedStatement top = connection.prepareStatement("""
                     insert into comment (id, event_slug, body, language, author_subject, author_name, status,
                                          created_at, updated_at)
                     select nextval('comment_seq'), ?, 'Комментарий ' || g, 'ru', 'stored-author', 'Stored', 'PUBLISHED',
                            cast(? as timestamptz) + g * interval '1 minute', now()
                     from generate_series(1, ?) g""");
             PreparedStatement answers = connection.prepareStatement("""
                     insert into comment (id, event_slug, parent_id, body, language, author_subject, author_name,
                                          status, created_at, updated_at)
                     select nextval('comment_seq'), c.event_slug, c.id, 'Ответ ' || g, 'ru', 'stored-author', 'Stored',
                            'PUBLISHED', c.created_at + g * interval '1 second', now()
                     from comment c cross join generate_series(1, ?) g
                     where c.event_slug = ? and c.parent_id is null""")) {
            top.setString(1, event);
            top.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            top.setInt(3, roots);
            top.executeUpdate();
            answers.setInt(1, repliesEach);
            answers.setString(2, event);
            answers.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(Long parent, Instant at, String status, Long statementId) {
        try (Connection connection = db.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into comment (id, event_slug, statement_id, parent_id, body, language, author_subject,
                                          author_name, status, created_at, updated_at)
                     values (nextval('comment_seq'), ?, ?, ?, 'Сохранённый комментарий', 'ru', 'stored-author',
                             'Stored', ?, cast(? as timestamptz), now())
                     returning id""")) {
            insert.setString(1, event);
            insert.setObject(2, statementId);
            insert.setObject(3, parent);
            insert.setString(4, status);
            insert.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
