package org.pikir.feedback.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.sql;

@QuarkusTest
class OpenDataResourceTest {

    private static final String AUTHOR = "zhanar-open-data-author";

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    ObjectMapper json;

    @Inject
    FeedbackExports exports;

    private static List<Integer> ids(JsonNode array) {
        List<Integer> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get("id").asInt()));
        return ids;
    }

    @Test
    void openDataHoldsPublishedItemsWithoutAuthorsDatedByDay() throws IOException, SQLException {
        String event = OpenEvents.open(events);
        String author = citizen(AUTHOR);
        int published = Feedback.comment(author, event, "Открытый комментарий");
        int hidden = Feedback.comment(author, event, "Скрытый комментарий");
        int reply = given().auth().oauth2(author).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"Ответ на комментарий\",\"language\":\"ru\",\"parentId\":%d}"
                        .formatted(event, published))
                .when().post("/api/feedback/comments").then().statusCode(201).extract().path("id");
        Feedback.moderate(TestTokens.moderator(), "comments", hidden, "{\"action\":\"HIDE\",\"reason\":\"ABUSE\"}")
                .then().statusCode(200);
        int answered = Feedback.recommendation(author, event, "Публиковать бюджет района");
        int rejected = Feedback.recommendation(author, event, "Реклама окон и дверей");
        Feedback.moderate(TestTokens.moderator(), "recommendations", rejected, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}")
                .then().statusCode(200);
        Feedback.endorse(citizen("open-data-fan"), answered);
        Feedback.status(TestTokens.moderator(), answered, "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(200);
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON)
                .body("{\"text\":\"Бюджет будет опубликован\",\"answeredBy\":\"Акимат Алматы\"}")
                .when().put("/api/feedback/review/recommendations/" + answered + "/answer").then().statusCode(200);
        sql(db, "update recommendation set created_at = '2026-03-01T23:30:00Z' where id = " + answered);

        byte[] body = given().when().get("/api/feedback/open-data/" + event + ".json")
                .then().statusCode(200).contentType("application/json")
                .header("Cache-Control", "public, max-age=300")
                .extract().asByteArray();
        String raw = new String(body, StandardCharsets.UTF_8);
        JsonNode data = json.readTree(body);

        assertEquals("pikir-open-data", data.get("format").asText());
        assertEquals(1, data.get("version").asInt());
        assertEquals(event, data.get("eventSlug").asText());
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), data.get("generatedOn").asText());
        assertEquals(List.of(published, reply), ids(data.get("comments")));
        assertEquals(published, data.get("comments").get(1).get("parentId").asInt());
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), data.get("comments").get(0).get("createdOn").asText());
        assertEquals(List.of(answered), ids(data.get("recommendations")));

        JsonNode recommendation = data.get("recommendations").get(0);
        assertEquals("Публиковать бюджет района", recommendation.get("title").asText());
        assertEquals("UNDER_REVIEW", recommendation.get("status").asText());
        assertEquals(1, recommendation.get("endorsementCount").asInt());
        assertEquals("Бюджет будет опубликован", recommendation.get("officialAnswer").asText());
        assertEquals("Акимат Алматы", recommendation.get("answeredBy").asText());
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), recommendation.get("answeredOn").asText());
        assertEquals("2026-03-01", recommendation.get("createdOn").asText());
        assertTrue(recommendation.get("groupId").isNumber());

        // no one is named: no pseudonym, no account, no time of day
        assertFalse(raw.contains(AUTHOR), raw);
        assertFalse(raw.contains(TestTokens.subjectOf(AUTHOR)), raw);
        assertFalse(raw.contains("author"), raw);
        assertFalse(raw.contains("Скрытый"), raw);
        assertFalse(raw.contains("Реклама"), raw);
        assertFalse(raw.contains("T23:30"), raw);
    }

    @Test
    void onlyAFewDownloadsStreamAtOnceAndEachPlaceIsGivenBackOnce() throws IOException {
        String event = OpenEvents.open(events);
        List<Runnable> giveBacks = new ArrayList<>();
        List<StreamingOutput> held = new ArrayList<>();
        try {
            // the test configuration's limit is the default, 4
            for (int i = 0; i < 4; i++) {
                held.add(exports.openData(event, giveBacks::add));
            }
            given().when().get("/api/feedback/open-data/" + event + ".json")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "60")
                    .body("type", containsString("downloads-busy"));
            // a response that ended without streaming gives its place back, once however often it is told
            giveBacks.get(0).run();
            giveBacks.get(0).run();
            held.remove(0);
            held.add(exports.openData(event, giveBacks::add));
            ProblemException busy = assertThrows(ProblemException.class, () -> exports.openData(event, giveBacks::add));
            assertEquals(503, busy.problem().status());
            // a finished stream gives its place back too
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            held.remove(0).write(file);
            assertEquals(event, json.readTree(file.toByteArray()).get("eventSlug").asText());
            given().when().get("/api/feedback/open-data/" + event + ".json").then().statusCode(200);
        } finally {
            for (StreamingOutput output : held) {
                output.write(OutputStream.nullOutputStream());
            }
        }
        given().when().get("/api/feedback/open-data/" + event + ".json").then().statusCode(200);
    }

    @Test
    void openDataIsPublicForEveryone() throws IOException {
        String event = OpenEvents.open(events);
        for (String token : new String[]{null, TestTokens.citizen(), TestTokens.editor(), TestTokens.moderator(),
                TestTokens.admin()}) {
            var request = given();
            if (token != null) {
                request.auth().oauth2(token);
            }
            JsonNode data = json.readTree(request.when().get("/api/feedback/open-data/" + event + ".json")
                    .then().statusCode(200).extract().asByteArray());
            assertEquals(0, data.get("comments").size());
            assertEquals(0, data.get("recommendations").size());
        }
        given().when().get("/api/feedback/open-data/Not_A_Slug.json").then().statusCode(404);
    }
}
