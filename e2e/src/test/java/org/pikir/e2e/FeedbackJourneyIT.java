package org.pikir.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.withArgs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.pikir.e2e.EventsApiIT.ALMATY;

/**
 * The feedback workflow end to end through the gateway, with tokens from the real Keycloak: a citizen
 * comments on the Almaty forum and on one of its statements, submits a recommendation that another
 * citizen endorses; a moderator hides the comment with a reason and answers the recommendation; the
 * citizen finds both in "My feedback"; the public report counts exactly what happened.
 */
@ExtendWith(PlatformExtension.class)
class FeedbackJourneyIT {

    private static Platform platform;

    @BeforeAll
    static void platform(Platform started) {
        platform = started;
    }

    @Test
    void aCitizensFeedbackIsModeratedAnsweredAndReportedBack() {
        String citizen = platform.accessToken("citizen");
        String neighbour = platform.accessToken("citizen2");
        String moderator = platform.accessToken("moderator");
        String run = UUID.randomUUID().toString().substring(0, 8);
        JsonPath before = report();

        long statementId = gateway().get("/api/events/" + ALMATY + "/statements")
                .then().statusCode(200).extract().jsonPath().getLong("[0].id");

        long forumComment = post(citizen, "/api/feedback/comments", Map.of(
                "eventSlug", ALMATY, "language", "ru",
                "body", "Форум нужен и в других городах " + run));
        long statementComment = post(citizen, "/api/feedback/comments", Map.of(
                "eventSlug", ALMATY, "language", "kk", "statementId", statementId,
                "body", "Бұл пікірмен келісемін " + run));
        long recommendation = post(citizen, "/api/feedback/recommendations", Map.of(
                "eventSlug", ALMATY, "language", "en", "topic", "local-government",
                "title", "Publish the draft amendments " + run,
                "body", "Publish every draft amendment a month before the vote, with a plain-language summary.",
                "expectedEffect", "Citizens can comment before decisions are taken."));

        authorized(neighbour).put("/api/feedback/recommendations/" + recommendation + "/endorsement")
                .then().statusCode(200).body("endorsementCount", equalTo(1));
        gateway().get("/api/feedback/comments?event=" + ALMATY + "&size=100").then().statusCode(200)
                .body("items.find { it.id == %s }.statementId", withArgs(statementComment), equalTo((int) statementId));

        // the moderator hides the forum comment and answers the recommendation
        authorized(moderator).contentType(ContentType.JSON)
                .body(Map.of("action", "HIDE", "reason", "OFF_TOPIC", "note", "Not about the reform " + run))
                .post("/api/feedback/moderation/comments/" + forumComment)
                .then().statusCode(200);
        authorized(moderator).contentType(ContentType.JSON).body(Map.of("status", "UNDER_REVIEW"))
                .post("/api/feedback/review/recommendations/" + recommendation + "/status").then().statusCode(200);
        authorized(moderator).contentType(ContentType.JSON).body(Map.of("status", "ACCEPTED"))
                .post("/api/feedback/review/recommendations/" + recommendation + "/status").then().statusCode(200);
        String answer = "The ministry will publish drafts 30 days ahead. " + run;
        authorized(moderator).contentType(ContentType.JSON)
                .body(Map.of("text", answer, "answeredBy", "Ministry of Justice"))
                .put("/api/feedback/review/recommendations/" + recommendation + "/answer").then().statusCode(200);

        // the public sees the reason instead of the text, and the answer
        gateway().get("/api/feedback/comments?event=" + ALMATY + "&size=100").then().statusCode(200)
                .body("items.find { it.id == %s }.body", withArgs(forumComment), nullValue())
                .body("items.find { it.id == %s }.moderation.reason", withArgs(forumComment), equalTo("OFF_TOPIC"));
        gateway().get("/api/feedback/recommendations/" + recommendation).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("endorsementCount", equalTo(1))
                .body("officialAnswer.text", equalTo(answer))
                .body("officialAnswer.answeredBy", equalTo("Ministry of Justice"));

        // the citizen finds the reason and the answer in "My feedback", and is notified of both
        JsonPath mine = authorized(citizen).get("/api/feedback/me/items?size=50").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> hidden = item(mine, "COMMENT", forumComment);
        assertEquals("HIDDEN", hidden.get("visibility"));
        assertEquals("OFF_TOPIC", ((Map<?, ?>) hidden.get("moderation")).get("reason"));
        assertEquals("Форум нужен и в других городах " + run, hidden.get("body"), "the author still sees their own text");
        Map<String, Object> answered = item(mine, "RECOMMENDATION", recommendation);
        assertEquals("ACCEPTED", answered.get("reviewStatus"));
        assertEquals(answer, ((Map<?, ?>) answered.get("officialAnswer")).get("text"));
        assertEquals(1, answered.get("endorsementCount"));
        assertNotNull(item(mine, "COMMENT", statementComment));
        List<String> kinds = authorized(citizen).get("/api/feedback/me/notifications?size=50").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.itemId == " + forumComment + " || it.itemId == "
                        + recommendation + " }.kind");
        assertEquals(true, kinds.contains("MODERATED") && kinds.contains("ANSWERED"), "notifications: " + kinds);

        // the report counts what happened, exactly
        JsonPath after = report();
        assertEquals(delta(before, after, "comments.byVisibility.HIDDEN"), 1);
        assertEquals(delta(before, after, "comments.byTarget.STATEMENT"), 1);
        assertEquals(delta(before, after, "comments.byLanguage.kk"), 1);
        assertEquals(delta(before, after, "recommendations.listed"), 1);
        assertEquals(delta(before, after, "recommendations.byStatus.ACCEPTED"), 1);
        assertEquals(delta(before, after, "answers.answered"), 1);
        gateway().get("/api/feedback/reports/" + ALMATY).then()
                .body("topEndorsed.find { it.id == %s }.answered", withArgs(recommendation), equalTo(true))
                .body("topEndorsed.find { it.id == %s }.endorsementCount", withArgs(recommendation), equalTo(1));
    }

    private static long post(String token, String path, Map<String, Object> body) {
        return authorized(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post(path)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> item(JsonPath mine, String kind, long id) {
        List<Map<String, Object>> items = mine.getList("items");
        return items.stream()
                .filter(i -> kind.equals(i.get("kind")) && ((Number) i.get("id")).longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError(kind + " " + id + " is not in My feedback: " + items));
    }

    private static JsonPath report() {
        return gateway().get("/api/feedback/reports/" + ALMATY).then().statusCode(200).extract().jsonPath();
    }

    private static int delta(JsonPath before, JsonPath after, String path) {
        return after.getInt(path) - before.getInt(path);
    }

    private static RequestSpecification authorized(String token) {
        return gateway().auth().oauth2(token);
    }

    private static RequestSpecification gateway() {
        return given().baseUri(platform.gatewayUrl());
    }
}
