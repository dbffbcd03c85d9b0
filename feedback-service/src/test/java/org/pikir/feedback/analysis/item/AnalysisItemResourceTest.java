package org.pikir.feedback.analysis.item;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.SqlStatements;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.sql;
import static org.pikir.feedback.analysis.Analysis.asModerator;
import static org.pikir.feedback.analysis.Analysis.base;
import static org.pikir.feedback.analysis.Analysis.comments;
import static org.pikir.feedback.analysis.Analysis.count;
import static org.pikir.feedback.analysis.Analysis.recommendations;
import static org.pikir.feedback.analysis.Analysis.rows;
import static org.pikir.feedback.analysis.Analysis.suggestedTheme;
import static org.pikir.feedback.analysis.Analysis.tag;
import static org.pikir.feedback.analysis.Analysis.theme;

@QuarkusTest
class AnalysisItemResourceTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    @PersistenceUnitExtension
    SqlStatements statements;

    private String event;

    @BeforeEach
    void forum() {
        event = OpenEvents.open(events);
    }

    private JsonPath list(Object... query) {
        var request = asModerator();
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().get(base(event) + "/items").then().statusCode(200).extract().jsonPath();
    }

    private List<Long> ids(Object... query) {
        return list(query).getList("items.id", Long.class);
    }

    @Test
    void itemsOfBothKindsComeNewestFirstWithTheirThemesAndNotes() {
        List<Long> comments = comments(db, event, 2, "ru", 0);
        List<Long> recommendations = recommendations(db, event, 1, "kk", 1);
        long theme = theme(event, "Суды");
        long suggested = suggestedTheme(db, event, "суд, судья");
        tag(db, event, "COMMENT", comments.get(1), theme, false);
        tag(db, event, "COMMENT", comments.get(1), suggested, true);
        asModerator().body("{\"note\":\"  Повторяет предыдущий  \"}")
                .when().put(base(event) + "/items/COMMENT/" + comments.get(1) + "/note")
                .then().statusCode(200).body("note", equalTo("Повторяет предыдущий"));

        JsonPath page = list();
        assertEquals(List.of("COMMENT", "RECOMMENDATION", "COMMENT"), page.getList("items.type"));
        assertEquals(List.of(comments.get(1), recommendations.get(0), comments.get(0)), page.getList("items.id", Long.class));
        assertEquals("Рекомендация 1", page.getString("items[1].title"));
        assertEquals("Текст рекомендации 1", page.getString("items[1].text"));
        assertEquals("kk", page.getString("items[1].language"));
        assertEquals("PUBLISHED", page.getString("items[0].status"));
        assertEquals("Stored", page.getString("items[0].authorName"));
        assertEquals(event, page.getString("items[0].eventSlug"));
        assertEquals(List.of(theme, suggested), page.getList("items[0].themes.id", Long.class));
        assertEquals(List.of(false, true), page.getList("items[0].themes.suggested"));
        assertEquals("Суды", page.getString("items[0].themes[0].name.ru"));
        assertEquals("Повторяет предыдущий", page.getString("items[0].note"));
        assertEquals(false, page.getBoolean("items[0].noTheme"));
        assertNull(page.getString("items[2].note"));
    }

    @Test
    void keysetPagesCrossBothKindsAndEqualTimesWithoutLosingOrRepeatingAnItem() throws SQLException {
        comments(db, event, 7, "ru", 0);
        recommendations(db, event, 6, "ru", 0);
        // ties: every item of the forum at one of three times
        sql(db, "update comment set created_at = timestamptz '2026-03-02 00:00:00+00' + (id % 3) * interval '1 hour'"
                + " where event_slug = '" + event + "'");
        sql(db, "update recommendation set created_at = timestamptz '2026-03-02 00:00:00+00' + (id % 3) * interval '1 hour'"
                + " where event_slug = '" + event + "'");
        List<String> all = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = after == null ? list("size", 4) : list("size", 4, "after", after);
            for (int i = 0; i < page.getList("items").size(); i++) {
                all.add(page.getString("items[" + i + "].type") + page.getLong("items[" + i + "].id"));
            }
            after = page.getString("nextCursor");
        } while (after != null);
        JsonPath whole = list("size", 100);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            expected.add(whole.getString("items[" + i + "].type") + whole.getLong("items[" + i + "].id"));
        }
        assertEquals(13, all.size());
        assertEquals(expected, all);
    }

    @Test
    void filtersNarrowTheList() throws SQLException {
        List<Long> comments = comments(db, event, 5, "ru", 0);
        List<Long> kazakh = comments(db, event, 1, "kk", 10);
        List<Long> recommendations = recommendations(db, event, 2, "en", 20);
        long theme = theme(event, "Земля");
        long suggested = suggestedTheme(db, event, "земля");
        tag(db, event, "COMMENT", comments.get(0), theme, false);
        tag(db, event, "RECOMMENDATION", recommendations.get(0), suggested, true);
        sql(db, "insert into item_analysis (item_type, item_id, event_slug, no_theme, updated_by, updated_at)"
                + " values ('COMMENT', " + comments.get(1) + ", '" + event + "', true, 'test', now())");
        sql(db, "update comment set status = 'HIDDEN' where id = " + comments.get(2));
        sql(db, "update comment set body = 'Про 100% _особый_ случай' where id = " + comments.get(3));
        long campaign = Long.parseLong(rows(db, """
                insert into campaign (event_slug, representative_id, representative_text, member_count, detected_at)
                values (?, ?, 'Текст', 1, now()) returning id""", event, comments.get(4)).get(0).get(0));
        sql(db, "insert into campaign_member (comment_id, campaign_id, event_slug) values (" + comments.get(4) + ", "
                + campaign + ", '" + event + "')");

        assertEquals(List.of(recommendations.get(1), recommendations.get(0)), ids("type", "RECOMMENDATION"));
        assertEquals(kazakh, ids("language", "kk"));
        assertEquals(List.of(comments.get(0)), ids("theme", theme));
        assertEquals(List.of(recommendations.get(0)), ids("theme", suggested));
        assertEquals(List.of(recommendations.get(0)), ids("suggested", true));
        assertEquals(List.of(comments.get(1)), ids("noTheme", true));
        assertEquals(List.of(comments.get(1), comments.get(0)), ids("untagged", false));
        assertEquals(List.of(recommendations.get(1), recommendations.get(0), kazakh.get(0), comments.get(4),
                comments.get(3)), ids("untagged", true));
        assertEquals(List.of(comments.get(2)), ids("status", "HIDDEN"));
        assertEquals(8, ids("status", "all").size());
        assertEquals(8, ids("status", "listed").size());
        assertEquals(List.of(comments.get(4)), ids("campaign", campaign));
        assertEquals(List.of(comments.get(3)), ids("q", "100% _ОСОБЫЙ_"));
        assertEquals(List.of(), ids("q", "_особый%"));
        assertEquals(List.of(recommendations.get(1)), ids("q", "рекомендации 2"));

        asModerator().queryParam("type", "FLAG").when().get(base(event) + "/items")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
        asModerator().queryParam("article", "article-1").when().get(base(event) + "/items")
                .then().statusCode(400).body("errors[0].field", equalTo("article"));
        asModerator().queryParam("size", 101).when().get(base(event) + "/items").then().statusCode(400);
        asModerator().queryParam("after", "nonsense").when().get(base(event) + "/items")
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
    }

    @Test
    void aPageCostsTwoStatementsOnASmallAndALargeForumDeepPagesIncluded() {
        comments(db, event, 3, "ru", 0);
        String large = OpenEvents.open(events);
        List<Long> many = comments(db, large, 600, "ru", 0);
        recommendations(db, large, 150, "ru", 0);
        long theme = theme(large, "Тема");
        for (int i = 0; i < 200; i++) {
            tag(db, large, "COMMENT", many.get(many.size() - 1 - i), theme, i % 2 == 0);
        }
        String smallEvent = event;
        List<String> small = statements.during(() -> asModerator().when().get(base(smallEvent) + "/items")
                .then().statusCode(200).body("items", hasSize(3)));
        List<String> first = statements.during(() -> asModerator().when().get(base(large) + "/items")
                .then().statusCode(200).body("items", hasSize(50)).body("items[0].themes", hasSize(1)));
        String cursor = null;
        for (int page = 0; page < 6; page++) {
            var request = asModerator();
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            cursor = request.when().get(base(large) + "/items").then().statusCode(200).extract().path("nextCursor");
        }
        String deep = cursor;
        List<String> deepPage = statements.during(() -> asModerator().queryParam("after", deep)
                .when().get(base(large) + "/items").then().statusCode(200).body("items", hasSize(50)));
        List<String> filtered = statements.during(() -> asModerator().queryParam("theme", theme)
                .queryParam("suggested", false).when().get(base(large) + "/items").then().statusCode(200)
                .body("items", hasSize(50)));
        assertEquals(2, small.size(), String.join("\n", small));
        assertEquals(2, first.size(), String.join("\n", first));
        assertEquals(2, deepPage.size(), String.join("\n", deepPage));
        assertEquals(2, filtered.size(), String.join("\n", filtered));
    }

    @Test
    void aNoteIsSetAndRemovedOnlyOnAnItemOfTheForumAndIsAudited() {
        long item = comment(citizen("noted"), event, "Комментарий с заметкой");
        String note = base(event) + "/items/COMMENT/" + item + "/note";
        asModerator().body("{\"note\":\"Проверить факты\"}").when().put(note).then().statusCode(200)
                .body("id", equalTo((int) item)).body("note", equalTo("Проверить факты"));
        asModerator().body("{\"note\":\"%s\"}".formatted("н".repeat(2001))).when().put(note)
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        asModerator().body("{\"note\":\"\"}").when().put(note).then().statusCode(200).body("note", nullValue());
        assertEquals(2, count(db, "select count(*) from audit_entry where action = 'analysis.note' and target_id = ?",
                String.valueOf(item)));
        String elsewhere = OpenEvents.open(events);
        asModerator().body("{\"note\":\"x\"}").when().put(base(elsewhere) + "/items/COMMENT/" + item + "/note")
                .then().statusCode(404);
        asModerator().body("{\"note\":\"x\"}").when().put(base(event) + "/items/RECOMMENDATION/" + item + "/note")
                .then().statusCode(404);
        asModerator().body("{\"note\":\"x\"}").when().put(base(event) + "/items/FLAG/" + item + "/note")
                .then().statusCode(400);
        given().auth().oauth2(citizen("nosy")).contentType("application/json").body("{\"note\":\"x\"}")
                .when().put(note).then().statusCode(403);
        given().auth().oauth2(citizen("nosy")).when().get(base(event) + "/items").then().statusCode(403);
        given().when().get(base(event) + "/items").then().statusCode(401);
        asModerator().when().get(base(event) + "/items").then().body("items.id", contains((int) item))
                .body("items[0].note", nullValue());
    }
}
