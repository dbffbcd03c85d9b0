package org.pikir.feedback.flag;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.moderate;
import static org.pikir.feedback.Feedback.policy;
import static org.pikir.feedback.Feedback.recommendation;
import static org.pikir.feedback.Feedback.sql;

@QuarkusTest
class FlagResourceTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    private String event;

    @BeforeEach
    void anOpenEvent() {
        event = OpenEvents.open(events);
    }

    private static Response flag(String token, String type, int id, String reason, String key) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"targetType\":\"%s\",\"targetId\":%d,\"reason\":\"%s\",\"note\":\"see the link\"}"
                        .formatted(type, id, reason));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/feedback/flags");
    }

    private io.restassured.path.json.JsonPath flaggedQueue() {
        return given().auth().oauth2(TestTokens.moderator()).queryParam("event", event).queryParam("state", "flagged")
                .when().get("/api/feedback/moderation/queue").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eachPersonFlagsAnItemOnceAndTheFlagsReachTheQueue() {
        int id = comment(TestTokens.citizen(), event, "Подозрительная ссылка");
        String first = citizen("flagger-a-" + UUID.randomUUID());
        int flagId = flag(first, "COMMENT", id, "SPAM", null)
                .then().statusCode(201)
                .body("targetType", equalTo("COMMENT"))
                .body("targetId", equalTo(id))
                .body("reason", equalTo("SPAM"))
                .body("note", equalTo("see the link"))
                .body("resolved", equalTo(false))
                .body(not(containsString("flaggerSubject")))
                .extract().path("id");
        // repeating changes nothing, whatever reason is given the second time
        flag(first, "COMMENT", id, "ABUSE", null).then().statusCode(200)
                .body("id", equalTo(flagId)).body("reason", equalTo("SPAM"));
        flag(citizen("flagger-b-" + UUID.randomUUID()), "COMMENT", id, "ABUSE", null).then().statusCode(201);
        flag(citizen("flagger-c-" + UUID.randomUUID()), "COMMENT", id, "SPAM", null).then().statusCode(201);

        var queue = flaggedQueue();
        assertEquals(1, queue.getList("items").size());
        assertEquals(id, queue.getInt("items[0].id"));
        assertEquals(3, queue.getInt("items[0].flagCount"));
        assertEquals(3, queue.getInt("items[0].openFlagCount"));
        assertEquals(2, queue.getInt("items[0].flagReasons.SPAM"));
        assertEquals(1, queue.getInt("items[0].flagReasons.ABUSE"));
        assertEquals("Подозрительная ссылка", queue.getString("items[0].text"));

        // a moderator keeps it up: the flags are resolved and the item leaves the flagged queue
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"PUBLISH\",\"note\":\"a real source\"}")
                .then().statusCode(200).body("resolvedFlags", equalTo(3)).body("visibility", equalTo("PUBLISHED"));
        assertEquals(0, flaggedQueue().getList("items").size());
        flag(first, "COMMENT", id, "SPAM", null).then().statusCode(200).body("resolved", equalTo(true));

        // a new flag brings it back, with the count kept and only the open flag's reason
        flag(citizen("flagger-d-" + UUID.randomUUID()), "COMMENT", id, "OFF_TOPIC", null).then().statusCode(201);
        var again = flaggedQueue();
        assertEquals(4, again.getInt("items[0].flagCount"));
        assertEquals(1, again.getInt("items[0].openFlagCount"));
        assertEquals(Map.of("OFF_TOPIC", 1), again.getMap("items[0].flagReasons"));
    }

    @Test
    void recommendationsCanBeFlaggedAndHidingResolvesTheFlags() {
        int id = recommendation(TestTokens.citizen(), event, "Реклама казино");
        flag(citizen("flagger-" + UUID.randomUUID()), "RECOMMENDATION", id, "SPAM", null).then().statusCode(201);
        given().auth().oauth2(TestTokens.moderator()).queryParam("event", event).queryParam("state", "flagged")
                .queryParam("type", "recommendation")
                .when().get("/api/feedback/moderation/queue")
                .then().body("items", hasSize(1)).body("items[0].title", equalTo("Реклама казино"));
        moderate(TestTokens.moderator(), "recommendations", id, "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}")
                .then().statusCode(200).body("resolvedFlags", equalTo(1));
        assertEquals(0, flaggedQueue().getList("items").size());
    }

    @Test
    void onesOwnItemCannotBeFlagged() {
        int id = comment(TestTokens.citizen(), event, "Моё");
        flag(TestTokens.citizen(), "COMMENT", id, "SPAM", null)
                .then().statusCode(409).contentType("application/problem+json").body("type", containsString("own-item"));
    }

    @Test
    void onlyPublishedItemsCanBeFlagged() throws Exception {
        int hidden = comment(TestTokens.citizen(), event, "Скрытый");
        moderate(TestTokens.moderator(), "comments", hidden, "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}").then().statusCode(200);
        policy(event, "PRE");
        int pending = recommendation(TestTokens.citizen(), event, "Ещё не проверено");
        String flagger = citizen("flagger-" + UUID.randomUUID());
        flag(flagger, "COMMENT", hidden, "SPAM", null).then().statusCode(404).contentType("application/problem+json");
        flag(flagger, "RECOMMENDATION", pending, "SPAM", null).then().statusCode(404);
        flag(flagger, "COMMENT", 999_999_999, "SPAM", null).then().statusCode(404);
        // the id of a recommendation is not a comment; an id far past both sequences exists only as a recommendation
        sql(db, """
                insert into recommendation (id, event_slug, title, body, language, author_subject, author_name,
                                            created_at, updated_at)
                values (2000000000, '%s', 'Только рекомендация', 'Текст', 'ru', 'someone', 'someone', now(), now())
                on conflict do nothing""".formatted(event));
        flag(flagger, "COMMENT", 2_000_000_000, "SPAM", null).then().statusCode(404);
    }

    @Test
    void flagsAreTakenAfterTheConsultationClosesToo() {
        int id = comment(TestTokens.citizen(), event, "Оскорбление");
        OpenEvents.close(events, event);
        given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"Поздно\",\"language\":\"ru\"}".formatted(event))
                .when().post("/api/feedback/comments").then().statusCode(409);
        flag(citizen("late-" + UUID.randomUUID()), "COMMENT", id, "ABUSE", null).then().statusCode(201);
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheFirstAnswer() {
        int id = comment(TestTokens.citizen(), event, "Повтор");
        String flagger = citizen("retry-" + UUID.randomUUID());
        String key = "flag-" + UUID.randomUUID();
        int flagId = flag(flagger, "COMMENT", id, "SPAM", key).then().statusCode(201)
                .header("Idempotent-Replayed", "false").extract().path("id");
        flag(flagger, "COMMENT", id, "SPAM", key).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(flagId));
        flag(flagger, "COMMENT", id, "ABUSE", key).then().statusCode(422)
                .body("type", containsString("idempotency-key-reused"));
    }

    @Test
    void invalidFlagsNameTheField() {
        int id = comment(TestTokens.citizen(), event, "Текст");
        String flagger = citizen("careless-" + UUID.randomUUID());
        flag(flagger, "COMMENT", id, "RUDE", null).then().statusCode(400).body("errors.field", hasItem("reason"));
        flag(flagger, "EVENT", id, "SPAM", null).then().statusCode(400).body("errors.field", hasItem("targetType"));
        given().auth().oauth2(flagger).contentType(ContentType.JSON).body("{\"targetType\":\"COMMENT\",\"reason\":\"SPAM\"}")
                .when().post("/api/feedback/flags").then().statusCode(400).body("errors.field", hasItem("targetId"));
        given().auth().oauth2(flagger).contentType(ContentType.JSON)
                .body("{\"targetType\":\"COMMENT\",\"targetId\":%d,\"reason\":\"SPAM\",\"note\":\"%s\"}"
                        .formatted(id, "n".repeat(501)))
                .when().post("/api/feedback/flags").then().statusCode(400).body("errors.field", hasItem("note"));
        given().auth().oauth2(flagger).contentType(ContentType.JSON)
                .body("{\"targetType\":\"COMMENT\",\"targetId\":%d,\"reason\":\"SPAM\",\"resolved\":true}".formatted(id))
                .when().post("/api/feedback/flags").then().statusCode(400).body("errors.field", hasItem("resolved"));
        assertEquals(0, flaggedQueue().getList("items").size());
    }

    @Test
    void flaggingNeedsASignedInCitizen() {
        int id = comment(TestTokens.citizen(), event, "Текст");
        given().contentType(ContentType.JSON)
                .body("{\"targetType\":\"COMMENT\",\"targetId\":%d,\"reason\":\"SPAM\"}".formatted(id))
                .when().post("/api/feedback/flags").then().statusCode(401).contentType("application/problem+json");
        flag(TestTokens.forUser("robot"), "COMMENT", id, "SPAM", null).then().statusCode(403);
        given().auth().oauth2(TestTokens.citizen()).queryParam("event", event).queryParam("state", "flagged")
                .when().get("/api/feedback/moderation/queue").then().statusCode(403);
        flag(TestTokens.editor(), "COMMENT", id, "SPAM", null).then().statusCode(201).body("id", notNullValue());
        assertEquals(1, flaggedQueue().getList("items").size());
        given().auth().oauth2(TestTokens.moderator()).queryParam("event", event).queryParam("state", "pending")
                .when().get("/api/feedback/moderation/queue").then().body("items", empty());
    }
}
