package org.pikir.feedback.analysis;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/** What the analysis tests do again and again: call the analysis API as staff, make themes, read the database. */
public final class Analysis {

    private Analysis() {
    }

    public static String base(String event) {
        return "/api/feedback/analysis/" + event;
    }

    public static RequestSpecification asModerator() {
        return given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON);
    }

    /** An accepted theme made through the API, named in Russian. */
    public static long theme(String event, String name) {
        return asModerator().body("{\"name\":{\"ru\":\"%s\"}}".formatted(name))
                .when().post(base(event) + "/themes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A theme as the suggestion job writes one, straight into the database. */
    public static long suggestedTheme(DataSource db, String event, String terms) {
        return Long.parseLong(rows(db, """
                insert into theme (id, event_slug, status, origin, name_ru, terms, created_by, created_at, updated_at)
                values (nextval('theme_seq'), ?, 'SUGGESTED', 'SUGGESTED', ?, ?, 'analysis-job', now(), now())
                returning id""", event, terms, terms).get(0).get(0));
    }

    /** Tags an item as the job or a person would (suggested or confirmed), straight into the database. */
    public static void tag(DataSource db, String event, String type, long item, long theme, boolean suggested) {
        rows(db, """
                insert into item_theme (item_type, item_id, theme_id, event_slug, suggested, score, tagged_by, tagged_at)
                values (?, ?, ?, ?, ?, ?, 'test', now()) returning theme_id""",
                type, item, theme, event, suggested, suggested ? 0.5f : null);
    }

    /**
     * {@code count} published comments in {@code language} a minute apart from {@code from} minutes after a fixed time,
     * written straight into the database as the bench loaders do; answers their ids, oldest first.
     */
    public static List<Long> comments(DataSource db, String event, int count, String language, int from) {
        return rows(db, """
                insert into comment (id, event_slug, body, language, author_subject, author_name, status, created_at,
                                     updated_at)
                select nextval('comment_seq'), ?, 'Сохранённый комментарий ' || g, ?, 'stored-author', 'Stored',
                       'PUBLISHED', timestamptz '2026-03-01 06:00:00+00' + (? + g) * interval '1 minute', now()
                from generate_series(1, ?) g
                returning id""", event, language, from, count).stream().map(row -> Long.parseLong(row.get(0))).toList();
    }

    /** As {@link #comments}, for recommendations. */
    public static List<Long> recommendations(DataSource db, String event, int count, String language, int from) {
        return rows(db, """
                insert into recommendation (id, event_slug, title, body, language, author_subject, author_name,
                                            created_at, updated_at)
                select nextval('recommendation_seq'), ?, 'Рекомендация ' || g, 'Текст рекомендации ' || g, ?,
                       'stored-author', 'Stored', timestamptz '2026-03-01 06:00:00+00' + (? + g) * interval '1 minute',
                       now()
                from generate_series(1, ?) g
                returning id""", event, language, from, count).stream().map(row -> Long.parseLong(row.get(0))).toList();
    }

    /** Every row the query answers, each column as text. */
    public static List<List<String>> rows(DataSource db, String sql, Object... parameters) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<List<String>> all = new ArrayList<>();
                while (rows.next()) {
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                        row.add(rows.getString(column));
                    }
                    all.add(row);
                }
                return all;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long count(DataSource db, String sql, Object... parameters) {
        return Long.parseLong(rows(db, sql, parameters).get(0).get(0));
    }
}
