package org.pikir.feedback.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.sql;

@QuarkusTest
class ExportResourceTest {

    private static final List<String> FILES =
            List.of("comments.csv", "comments.json", "recommendations.csv", "recommendations.json");
    private static final String BOM = "\uFEFF";

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    ObjectMapper json;

    private static Response export(String token, String event, String file) {
        var request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().get("/api/feedback/exports/" + event + "/" + file);
    }

    private static String text(Response response) {
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    /** Inserts {@code count} published comments straight into the table, with bodies "Строка 1" ... in id order. */
    private void bulkComments(String event, int count) throws SQLException {
        sql(db, """
                insert into comment (id, event_slug, body, language, author_subject, author_name, status, created_at, updated_at)
                select nextval('comment_seq'), '%s', 'Строка ' || g, 'ru', 'bulk-secret-subject', 'bulk-pseudonym',
                       'PUBLISHED', now(), now()
                from generate_series(1, %d) g order by g""".formatted(event, count));
    }

    @Test
    void fiveThousandCommentsStreamOutCompleteAndInOrder() throws SQLException, IOException {
        String event = OpenEvents.open(events);
        int rows = 5_000;
        bulkComments(event, rows);

        Response csv = export(TestTokens.moderator(), event, "comments.csv");
        csv.then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + event + "-comments.csv\"")
                .header("Transfer-Encoding", "chunked")
                .header("Content-Length", equalTo(null));
        String body = text(csv);
        assertTrue(body.startsWith(BOM), "UTF-8 byte order mark first");
        String[] lines = body.substring(1).split("\r\n", -1);
        assertEquals(rows + 2, lines.length, "header, every row, and the final line end");
        assertEquals("id,event_slug,parent_id,statement_id,material_id,draft_id,draft_version,passage,article,quote,"
                + "language,status,body,author_name,"
                + "moderation_reason,moderation_note,moderated_by,moderated_at,flag_count,open_flag_count,"
                + "created_at,updated_at,removed,themes,theme_ids", lines[0]);
        long previousId = 0;
        for (int i = 1; i <= rows; i++) {
            String[] cells = lines[i].split(",", -1);
            long id = Long.parseLong(cells[0]);
            assertTrue(id > previousId, "rows in id order");
            previousId = id;
            assertEquals("\"Строка " + i + "\"", cells[12]);
            assertEquals("\"bulk-pseudonym\"", cells[13]);
            assertEquals("\"PUBLISHED\"", cells[11]);
        }
        assertEquals("", lines[rows + 1]);
        assertFalse(body.contains("bulk-secret-subject"), "never the author's account");

        Response array = export(TestTokens.admin(), event, "comments.json");
        array.then().statusCode(200).contentType("application/json")
                .header("Transfer-Encoding", "chunked")
                .header("Content-Length", equalTo(null));
        JsonNode items = json.readTree(array.asByteArray());
        assertEquals(rows, items.size());
        for (int i = 0; i < rows; i++) {
            assertEquals("Строка " + (i + 1), items.get(i).get("body").asText());
        }
        assertEquals("bulk-pseudonym", items.get(0).get("authorName").asText());
        assertTrue(items.get(0).get("createdAt").asText().endsWith("Z"));
        assertTrue(items.get(0).get("flagCount").isNumber());
        assertFalse(items.get(0).has("authorSubject"));
    }

    @Test
    void csvQuotesEveryTextAndDisarmsFormulas() throws SQLException {
        String event = OpenEvents.open(events);
        int id = Feedback.comment(TestTokens.citizen(), event, "заменю текст");
        String[][] cases = {
                {"=HYPERLINK(\"http://evil.test\",\"click\")", "\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"click\"\")\""},
                {"+7 777 000 00 00", "\"'+7 777 000 00 00\""},
                {"-2+3", "\"'-2+3\""},
                {"@SUM(A1:A9)", "\"'@SUM(A1:A9)\""},
                {"He said \"no\", twice", "\"He said \"\"no\"\", twice\""},
                {"line one\nline two", "\"line one\nline two\""},
                {"a = b + c", "\"a = b + c\""}};
        for (String[] example : cases) {
            sql(db, "update comment set body = '%s' where id = %d".formatted(example[0].replace("'", "''"), id));
            String body = text(export(TestTokens.moderator(), event, "comments.csv").then().statusCode(200).extract().response());
            assertTrue(body.contains("," + example[1] + ","), example[0] + " is written as " + example[1] + " in " + body);
        }
    }

    @Test
    void recommendationExportsCarryTheInternalFields() throws SQLException, IOException {
        String event = OpenEvents.open(events);
        String author = citizen("exported-author");
        int id = Feedback.recommendation(author, event, "Открытые данные бюджета");
        String pseudonym = given().auth().oauth2(author).get("/api/feedback/me").then().statusCode(200)
                .extract().path("displayName");
        Feedback.status(TestTokens.moderator(), id, "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(200);
        Feedback.moderate(TestTokens.moderator(), "recommendations", id,
                "{\"action\":\"HIDE\",\"reason\":\"PERSONAL_DATA\",\"note\":\"телефон в тексте\"}").then().statusCode(200);

        JsonNode row = json.readTree(export(TestTokens.moderator(), event, "recommendations.json")
                .then().statusCode(200).extract().asByteArray()).get(0);
        assertEquals(id, row.get("id").asInt());
        assertEquals("Открытые данные бюджета", row.get("title").asText());
        assertEquals(pseudonym, row.get("authorName").asText(), "the export names the author by their public pseudonym");
        assertEquals("UNDER_REVIEW", row.get("status").asText());
        assertEquals("HIDDEN", row.get("visibility").asText());
        assertEquals("PERSONAL_DATA", row.get("moderationReason").asText());
        assertEquals("телефон в тексте", row.get("moderationNote").asText());
        assertEquals("moderator", row.get("moderatedBy").asText());
        assertEquals(1, row.get("groupSize").asInt());
        assertTrue(row.get("officialAnswer").isNull());
        assertFalse(row.toString().contains(TestTokens.subjectOf("exported-author")));

        String csv = text(export(TestTokens.admin(), event, "recommendations.csv").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + event + "-recommendations.csv\"")
                .extract().response());
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("id,event_slug,group_id,group_size,"), lines[0]);
        assertTrue(lines[1].startsWith(id + ",\"" + event + "\","), lines[1]);
        assertTrue(lines[1].contains(",\"HIDDEN\","), lines[1]);
    }

    @Test
    void aRecommendationsTopicIsNamedInEveryLanguageBesideItsSlug() throws IOException {
        events.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/api/events/topics")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("""
                        [{"slug":"budget","name":{"kk":"Бюджет саясаты","ru":"Бюджетная политика","en":"Budget policy"}}]""")));
        String event = OpenEvents.open(events);
        int id = given().auth().oauth2(citizen("topic-author")).contentType("application/json")
                .body("""
                        {"eventSlug":"%s","title":"Открыть бюджет","body":"Публиковать расходы","topic":"budget","language":"ru"}"""
                        .formatted(event))
                .when().post("/api/feedback/recommendations").then().statusCode(201).extract().path("id");

        JsonNode row = json.readTree(export(TestTokens.moderator(), event, "recommendations.json")
                .then().statusCode(200).extract().asByteArray()).get(0);
        assertEquals(id, row.get("id").asInt());
        assertEquals("budget", row.get("topic").asText());
        assertEquals("Бюджет саясаты", row.get("topicKk").asText());
        assertEquals("Бюджетная политика", row.get("topicRu").asText());
        assertEquals("Budget policy", row.get("topicEn").asText());
        String csv = text(export(TestTokens.moderator(), event, "recommendations.csv").then().statusCode(200)
                .extract().response());
        assertTrue(csv.contains(",topic,topic_kk,topic_ru,topic_en,"), csv);
        assertTrue(csv.contains("\"budget\",\"Бюджет саясаты\",\"Бюджетная политика\",\"Budget policy\""), csv);
    }

    @Test
    void everyExportIsAudited() {
        String event = OpenEvents.open(events);
        export(TestTokens.moderator(), event, "recommendations.csv").then().statusCode(200);
        export(TestTokens.admin(), event, "comments.json").then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).queryParam("target", "event:" + event)
                .when().get("/api/feedback/audit")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("export", "export")))
                .body("items.actor", equalTo(List.of("admin", "moderator")))
                .body("items.after.file", equalTo(List.of("comments.json", "recommendations.csv")));
    }

    @Test
    void anEventWithNothingExportsEmptyFiles() throws IOException {
        String event = "quiet-forum-2026";
        assertEquals(BOM + "id,event_slug,parent_id,statement_id,material_id,draft_id,draft_version,passage,article,quote,"
                + "language,status,body,author_name,"
                + "moderation_reason,moderation_note,moderated_by,moderated_at,flag_count,open_flag_count,"
                + "created_at,updated_at,removed,themes,theme_ids\r\n", text(export(TestTokens.moderator(), event, "comments.csv")));
        assertEquals(0, json.readTree(export(TestTokens.moderator(), event, "recommendations.json").asByteArray()).size());
    }

    @Test
    void exportsAreForModeratorsAndAdminsOnly() {
        String event = OpenEvents.open(events);
        for (String file : FILES) {
            assertEquals(401, export(null, event, file).statusCode(), file + " anonymous");
            assertEquals(403, export(TestTokens.citizen(), event, file).statusCode(), file + " citizen");
            assertEquals(403, export(TestTokens.editor(), event, file).statusCode(), file + " editor");
            assertEquals(200, export(TestTokens.moderator(), event, file).statusCode(), file + " moderator");
            assertEquals(200, export(TestTokens.admin(), event, file).statusCode(), file + " admin");
        }
        export(TestTokens.citizen(), event, "comments.csv").then().contentType("application/problem+json");
        export(TestTokens.moderator(), "Bad_Slug", "comments.csv").then().statusCode(400)
                .contentType("application/problem+json");
        export(TestTokens.moderator(), event, "comments.xml").then().statusCode(404);
        // refused calls leave no audit entry
        given().auth().oauth2(TestTokens.admin()).queryParam("target", "event:" + event)
                .when().get("/api/feedback/audit")
                .then().body("items.actor", hasItem("moderator"))
                .body("items.findAll { it.actor == 'citizen' || it.actor == 'editor' }.size()", equalTo(0));
    }
}
