package org.pikir.feedback.draft;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.SqlStatements;
import org.pikir.feedback.event.Drafts;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pikir.feedback.Feedback.sql;

/**
 * One article's comments and a draft's per-passage counts cost the same few statements whatever the draft holds: a
 * page of an article's threads is a keyset read of its top-level comments, one read of their first replies and the
 * totals from the per-passage counters; the counts are one read of those counters.
 */
@QuarkusTest
class DraftStatementsTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    @PersistenceUnitExtension
    SqlStatements statements;

    /**
     * {@code perPassage} top-level comments on each of paragraphs 1 to 3 of articles 1 to {@code articles}, a minute
     * apart, each with {@code replies} replies, and one recommendation on each paragraph, written straight into the
     * database as the bench loaders do; the triggers count them.
     */
    private void stored(String event, long draft, int articles, int perPassage, int replies) throws SQLException {
        sql(db, """
                insert into comment (id, event_slug, draft_id, draft_version, passage_key, article_key, body, language,
                                     author_subject, author_name, status, created_at, updated_at)
                select nextval('comment_seq'), '%1$s', %2$d, 1, 'article-' || a || '-p-' || p, 'article-' || a,
                       'Комментарий', 'ru', 'stored-author', 'Stored', 'PUBLISHED',
                       timestamptz '2026-02-25 05:00:00+00' + (a * 10000 + p * 1000 + c) * interval '1 minute', now()
                from generate_series(1, %3$d) a, generate_series(1, 3) p, generate_series(1, %4$d) c"""
                .formatted(event, draft, articles, perPassage));
        sql(db, """
                insert into comment (id, event_slug, parent_id, draft_id, draft_version, passage_key, article_key, body,
                                     language, author_subject, author_name, status, created_at, updated_at)
                select nextval('comment_seq'), t.event_slug, t.id, t.draft_id, 1, t.passage_key, t.article_key, 'Ответ',
                       'ru', 'stored-author', 'Stored', 'PUBLISHED', t.created_at + g * interval '1 second', now()
                from comment t cross join generate_series(1, %3$d) g
                where t.event_slug = '%1$s' and t.draft_id = %2$d and t.parent_id is null"""
                .formatted(event, draft, replies));
        sql(db, """
                insert into recommendation (id, event_slug, draft_id, draft_version, passage_key, article_key, title, body,
                                            language, author_subject, author_name, created_at, updated_at)
                select nextval('recommendation_seq'), '%1$s', %2$d, 1, 'article-' || a || '-p-' || p, 'article-' || a,
                       'Рекомендация ' || a || '.' || p, 'Текст', 'ru', 'stored-author', 'Stored', now(), now()
                from generate_series(1, %3$d) a, generate_series(1, 3) p"""
                .formatted(event, draft, articles));
    }

    private static String articlePage(String event, long draft, String after) {
        var request = given().queryParam("event", event).queryParam("draftId", draft).queryParam("article", "article-1")
                .queryParam("size", 4);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.when().get("/api/feedback/comments/threads").then().statusCode(200).extract().path("nextCursor");
    }

    @Test
    void anArticlesPageAndTheDraftsCountsCostTheSameStatementsWhateverTheDraftHolds() throws SQLException {
        String small = OpenEvents.open(events);
        long smallDraft = Drafts.newId();
        stored(small, smallDraft, 1, 2, 0);
        String large = OpenEvents.open(events);
        long largeDraft = Drafts.newId();
        stored(large, largeDraft, 60, 20, 2);

        List<String> smallPage = statements.during(() -> articlePage(small, smallDraft, null));
        List<String> largeFirst = statements.during(() -> articlePage(large, largeDraft, null));
        String deep = articlePage(large, largeDraft, null);
        for (int page = 0; page < 8; page++) {
            deep = articlePage(large, largeDraft, deep);
        }
        String cursor = deep;
        List<String> largeDeep = statements.during(() -> articlePage(large, largeDraft, cursor));
        assertEquals(3, smallPage.size(), String.join("\n", smallPage));
        assertEquals(3, largeFirst.size(), String.join("\n", largeFirst));
        assertEquals(3, largeDeep.size(), String.join("\n", largeDeep));

        List<String> smallCounts = statements.during(() -> given().queryParam("event", small)
                .when().get("/api/feedback/drafts/" + smallDraft + "/counts").then().statusCode(200)
                .body("passages.size()", equalTo(3)));
        List<String> largeCounts = statements.during(() -> given().queryParam("event", large)
                .when().get("/api/feedback/drafts/" + largeDraft + "/counts").then().statusCode(200)
                .body("passages.size()", equalTo(180))
                .body("passages.find { it.passage == 'article-7-p-2' }.comments", equalTo(60))
                .body("passages.find { it.passage == 'article-7-p-2' }.recommendations", equalTo(1)));
        assertEquals(1, smallCounts.size(), String.join("\n", smallCounts));
        assertEquals(1, largeCounts.size(), String.join("\n", largeCounts));
        // none of them reads the comment table: only the counters
        largeCounts.forEach(sql -> assertEquals(false, sql.contains(" comment "), sql));

        List<String> smallRecommendations = statements.during(() -> given().queryParam("event", small)
                .queryParam("draftId", smallDraft).queryParam("article", "article-1")
                .when().get("/api/feedback/recommendations").then().statusCode(200).body("totalItems", equalTo(3)));
        List<String> largeRecommendations = statements.during(() -> given().queryParam("event", large)
                .queryParam("draftId", largeDraft).queryParam("article", "article-1")
                .when().get("/api/feedback/recommendations").then().statusCode(200).body("totalItems", equalTo(3)));
        assertEquals(smallRecommendations.size(), largeRecommendations.size(), String.join("\n", largeRecommendations));
    }

    /** PostgreSQL's plan of {@code sql} with these parameters, one line per node. */
    private String plan(String sql, Object... parameters) throws SQLException {
        try (java.sql.Connection connection = db.getConnection();
             java.sql.PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            StringBuilder plan = new StringBuilder();
            try (java.sql.ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    @Test
    void anArticlesPageIsAnIndexRangeScanOfItsOwnThreadsInPageOrder() throws SQLException {
        String event = OpenEvents.open(events);
        long draft = Drafts.newId();
        stored(event, draft, 60, 20, 1);
        sql(db, "analyze comment");
        List<String> sent = statements.during(() -> articlePage(event, draft, null));
        String threads = sent.get(0);

        String plan = plan(threads, event, draft, "article-1", 5);
        assertEquals(true, plan.contains("comment_threads_on_article"), plan);
        assertEquals(false, plan.contains("Sort"), plan);
        assertEquals(false, plan.contains("Seq Scan"), plan);
    }

    @Test
    void anArticlesAndAPassagesThreadsArePagedByKeysetNewestFirstWithTheirTotals() throws SQLException {
        String event = OpenEvents.open(events);
        long draft = Drafts.newId();
        stored(event, draft, 2, 3, 1);

        List<Integer> seen = new ArrayList<>();
        List<String> times = new ArrayList<>();
        String after = null;
        do {
            var request = given().queryParam("event", event).queryParam("draftId", draft)
                    .queryParam("article", "article-2").queryParam("size", 4);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.when().get("/api/feedback/comments/threads").then().statusCode(200)
                    .body("totalThreads", equalTo(9))
                    .body("totalComments", equalTo(18))
                    .extract();
            seen.addAll(page.path("items.id"));
            times.addAll(page.path("items.createdAt"));
            page.<List<String>>path("items.article").forEach(article -> assertEquals("article-2", article));
            after = page.path("nextCursor");
        } while (after != null);
        assertEquals(9, seen.size());
        assertEquals(9, seen.stream().distinct().count());
        List<java.time.Instant> written = times.stream().map(java.time.Instant::parse).toList();
        List<java.time.Instant> newestFirst = new ArrayList<>(written);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, written);

        given().queryParam("event", event).queryParam("draftId", draft).queryParam("passage", "article-1-p-3")
                .when().get("/api/feedback/comments/threads").then().statusCode(200)
                .body("items.size()", equalTo(3))
                .body("items.passage", org.hamcrest.Matchers.everyItem(equalTo("article-1-p-3")))
                .body("items[0].replies[0].passage", equalTo("article-1-p-3"))
                .body("totalThreads", equalTo(3))
                .body("totalComments", equalTo(6));
        given().queryParam("event", event).queryParam("draftId", draft).queryParam("article", "article-2")
                .queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/feedback/recommendations").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.size()", equalTo(1))
                .body("items[0].article", equalTo("article-2"));
    }
}
