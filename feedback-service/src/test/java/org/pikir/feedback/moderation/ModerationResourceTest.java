package org.pikir.feedback.moderation;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.moderate;
import static org.pikir.feedback.Feedback.policy;
import static org.pikir.feedback.Feedback.recommendation;
import static org.pikir.feedback.Feedback.sql;

@QuarkusTest
class ModerationResourceTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    private String event;

    @BeforeEach
    void anOpenEvent() {
        event = OpenEvents.open(events);
    }

    @Test
    void anEventIsPostModeratedUnlessSetOtherwise() {
        given().auth().oauth2(TestTokens.moderator()).when().get("/api/feedback/moderation/policies/" + event)
                .then().statusCode(200)
                .body("mode", equalTo("POST"))
                .body("updatedBy", nullValue());
        given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"Сразу видно\",\"language\":\"ru\"}".formatted(event))
                .when().post("/api/feedback/comments")
                .then().statusCode(201).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void preModerationHoldsNewItemsUntilAModeratorPublishesThem() {
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body("{\"mode\":\"PRE\"}")
                .when().put("/api/feedback/moderation/policies/" + event)
                .then().statusCode(200)
                .body("mode", equalTo("PRE"))
                .body("updatedBy", equalTo("moderator"))
                .body("updatedAt", notNullValue());
        given().auth().oauth2(TestTokens.admin()).when().get("/api/feedback/moderation/policies/" + event)
                .then().statusCode(200).body("mode", equalTo("PRE"));

        int commentId = given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"Ждёт проверки\",\"language\":\"ru\"}".formatted(event))
                .when().post("/api/feedback/comments")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        int recommendationId = given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"title\":\"Ждущее предложение\",\"body\":\"x\",\"language\":\"ru\"}"
                        .formatted(event))
                .when().post("/api/feedback/recommendations")
                .then().statusCode(201).body("visibility", equalTo("PENDING")).extract().path("id");

        given().queryParam("event", event).when().get("/api/feedback/comments").then().body("items", empty());
        given().queryParam("event", event).when().get("/api/feedback/recommendations").then().body("items", empty());
        given().when().get("/api/feedback/recommendations/" + recommendationId).then().statusCode(404);

        given().auth().oauth2(TestTokens.moderator()).queryParam("event", event).queryParam("state", "pending")
                .when().get("/api/feedback/moderation/queue")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].type", equalTo("COMMENT"))
                .body("items[0].id", equalTo(commentId))
                .body("items[0].text", equalTo("Ждёт проверки"))
                .body("items[0].authorName", equalTo(Feedback.displayName(TestTokens.citizen())))
                .body("items[0].visibility", equalTo("PENDING"))
                .body("items[0].createdAt", notNullValue())
                .body("items[1].type", equalTo("RECOMMENDATION"))
                .body("items[1].title", equalTo("Ждущее предложение"))
                .body("nextCursor", nullValue());

        moderate(TestTokens.moderator(), "comments", commentId, "{\"action\":\"PUBLISH\"}")
                .then().statusCode(200)
                .body("visibility", equalTo("PUBLISHED"))
                .body("moderatedBy", equalTo("moderator"))
                .body("eventSlug", equalTo(event));
        given().queryParam("event", event).when().get("/api/feedback/comments")
                .then().body("items", hasSize(1)).body("items[0].body", equalTo("Ждёт проверки"));
        given().auth().oauth2(TestTokens.moderator()).queryParam("event", event)
                .when().get("/api/feedback/moderation/queue")
                .then().body("items", hasSize(1)).body("items[0].id", equalTo(recommendationId));

        // switching back to post-moderation applies to the next item at once
        policy(event, "POST");
        comment(TestTokens.citizen(), event, "Снова сразу");
        given().queryParam("event", event).when().get("/api/feedback/comments").then().body("items", hasSize(2));
    }

    @Test
    void aHiddenItemStaysInPlaceWithTheReasonAndWithoutItsText() {
        int commentId = comment(TestTokens.citizen(), event, "Купите дешёвые часы");
        int kept = comment(TestTokens.citizen(), event, "Обычный комментарий");
        moderate(TestTokens.moderator(), "comments", commentId,
                "{\"action\":\"HIDE\",\"reason\":\"SPAM\",\"note\":\"link farm, third time\"}")
                .then().statusCode(200)
                .body("visibility", equalTo("HIDDEN"))
                .body("moderationReason", equalTo("SPAM"))
                .body("moderationNote", equalTo("link farm, third time"))
                .body("moderatedAt", notNullValue());

        given().queryParam("event", event).when().get("/api/feedback/comments")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.find { it.id == %d }.body".formatted(commentId), nullValue())
                .body("items.find { it.id == %d }.status".formatted(commentId), equalTo("HIDDEN"))
                .body("items.find { it.id == %d }.moderation.hidden".formatted(commentId), equalTo(true))
                .body("items.find { it.id == %d }.moderation.reason".formatted(commentId), equalTo("SPAM"))
                .body("items.find { it.id == %d }.body".formatted(kept), equalTo("Обычный комментарий"))
                .body("items.find { it.id == %d }.moderation".formatted(kept), nullValue())
                .body(not(containsString("часы")))
                .body(not(containsString("link farm")));

        int recommendationId = recommendation(TestTokens.citizen(), event, "Оскорбительный заголовок");
        moderate(TestTokens.admin(), "recommendations", recommendationId, "{\"action\":\"HIDE\",\"reason\":\"ABUSE\"}")
                .then().statusCode(200).body("moderatedBy", equalTo("admin"));
        given().when().get("/api/feedback/recommendations/" + recommendationId)
                .then().statusCode(200)
                .body("title", nullValue())
                .body("body", nullValue())
                .body("visibility", equalTo("HIDDEN"))
                .body("moderation.hidden", equalTo(true))
                .body("moderation.reason", equalTo("ABUSE"));
        given().queryParam("event", event).when().get("/api/feedback/recommendations")
                .then().body("items", hasSize(1)).body(not(containsString("Оскорбительный")));
        // a hidden item takes no endorsements
        given().auth().oauth2(citizen("endorser")).when()
                .put("/api/feedback/recommendations/" + recommendationId + "/endorsement").then().statusCode(404);
    }

    @Test
    void aRejectedItemLeavesEveryPublicList() {
        int published = comment(TestTokens.citizen(), event, "Грубость");
        moderate(TestTokens.moderator(), "comments", published, "{\"action\":\"REJECT\",\"reason\":\"ABUSE\"}")
                .then().statusCode(200).body("visibility", equalTo("REJECTED"));
        given().queryParam("event", event).when().get("/api/feedback/comments").then().body("items", empty());

        policy(event, "PRE");
        int pending = recommendation(TestTokens.citizen(), event, "Не по теме совсем");
        moderate(TestTokens.moderator(), "recommendations", pending, "{\"action\":\"REJECT\",\"reason\":\"OFF_TOPIC\"}")
                .then().statusCode(200).body("visibility", equalTo("REJECTED"));
        given().auth().oauth2(TestTokens.moderator()).queryParam("event", event)
                .when().get("/api/feedback/moderation/queue").then().body("items", empty());
        given().when().get("/api/feedback/recommendations/" + pending).then().statusCode(404);
        // a rejected item can be reinstated
        moderate(TestTokens.moderator(), "recommendations", pending, "{\"action\":\"PUBLISH\"}")
                .then().statusCode(200).body("visibility", equalTo("PUBLISHED"));
        given().when().get("/api/feedback/recommendations/" + pending).then().statusCode(200);
    }

    @Test
    void decisionsNeedAReasonToHideOrRejectAndAStateToStartFrom() {
        int id = comment(TestTokens.citizen(), event, "Текст");
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"HIDE\"}")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"REJECT\",\"note\":\"no reason\"}")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"DELETE\",\"reason\":\"SPAM\"}")
                .then().statusCode(400).body("errors.field", hasItem("action"));
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"HIDE\",\"reason\":\"RUDE\"}")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        moderate(TestTokens.moderator(), "comments", id,
                "{\"action\":\"HIDE\",\"reason\":\"SPAM\",\"note\":\"%s\"}".formatted("n".repeat(501)))
                .then().statusCode(400).body("errors.field", hasItem("note"));
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"HIDE\",\"reason\":\"SPAM\",\"visibility\":\"PUBLISHED\"}")
                .then().statusCode(400).body("errors.field", hasItem("visibility"));
        moderate(TestTokens.moderator(), "comments", 999_999_999, "{\"action\":\"PUBLISH\"}")
                .then().statusCode(404).contentType("application/problem+json");

        policy(event, "PRE");
        int pending = comment(TestTokens.citizen(), event, "Ждёт");
        moderate(TestTokens.moderator(), "comments", pending, "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("invalid-moderation"))
                .body("detail", containsString("PENDING"));
    }

    @Test
    void thePublicLogCountsOutcomesByReasonWithoutTextsOrPeople() {
        int spam1 = comment(TestTokens.citizen(), event, "Спам один");
        int spam2 = comment(TestTokens.citizen(), event, "Спам два");
        int offTopic = comment(TestTokens.citizen(), event, "Про футбол");
        int abusive = recommendation(TestTokens.citizen(), event, "Обидное предложение");
        moderate(TestTokens.moderator(), "comments", spam1, "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}").then().statusCode(200);
        moderate(TestTokens.moderator(), "comments", spam2, "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}").then().statusCode(200);
        moderate(TestTokens.moderator(), "comments", offTopic, "{\"action\":\"REJECT\",\"reason\":\"OFF_TOPIC\",\"note\":\"secret\"}")
                .then().statusCode(200);
        moderate(TestTokens.moderator(), "recommendations", abusive, "{\"action\":\"HIDE\",\"reason\":\"ABUSE\"}")
                .then().statusCode(200);

        given().queryParam("event", event).when().get("/api/feedback/moderation/log")
                .then().statusCode(200)
                .body("eventSlug", equalTo(event))
                .body("hidden", equalTo(3))
                .body("rejected", equalTo(1))
                .body("entries", hasSize(3))
                .body("entries.find { it.type == 'COMMENT' && it.outcome == 'HIDDEN' }.reason", equalTo("SPAM"))
                .body("entries.find { it.type == 'COMMENT' && it.outcome == 'HIDDEN' }.count", equalTo(2))
                .body("entries.find { it.type == 'COMMENT' && it.outcome == 'REJECTED' }.reason", equalTo("OFF_TOPIC"))
                .body("entries.find { it.type == 'RECOMMENDATION' }.reason", equalTo("ABUSE"))
                .body(not(containsString("Спам")))
                .body(not(containsString("citizen")))
                .body(not(containsString("moderator")))
                .body(not(containsString("secret")));
        given().queryParam("event", OpenEvents.open(events)).when().get("/api/feedback/moderation/log")
                .then().statusCode(200).body("hidden", equalTo(0)).body("entries", empty());
        given().when().get("/api/feedback/moderation/log").then().statusCode(400).body("errors.field", hasItem("event"));
    }

    @Test
    void thePublicLogCountsDecisionsByMonthNewestFirst() throws Exception {
        int january = comment(TestTokens.citizen(), event, "Январский спам");
        int february = comment(TestTokens.citizen(), event, "Февральский офтоп");
        int februaryToo = recommendation(TestTokens.citizen(), event, "Февральская реклама");
        int published = comment(TestTokens.citizen(), event, "Остаётся на виду");
        moderate(TestTokens.moderator(), "comments", january, "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}").then().statusCode(200);
        moderate(TestTokens.moderator(), "comments", february, "{\"action\":\"REJECT\",\"reason\":\"OFF_TOPIC\"}")
                .then().statusCode(200);
        moderate(TestTokens.moderator(), "recommendations", februaryToo, "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}")
                .then().statusCode(200);
        moderate(TestTokens.moderator(), "comments", published, "{\"action\":\"PUBLISH\"}").then().statusCode(200);
        // the decisions as if taken on these days (UTC): the last hour of January is still January
        sql(db, "update comment set moderated_at = '2026-01-31T23:30:00Z' where id = " + january);
        sql(db, "update comment set moderated_at = '2026-02-01T00:10:00Z' where id = " + february);
        sql(db, "update recommendation set moderated_at = '2026-02-20T12:00:00Z' where id = " + februaryToo);

        given().queryParam("event", event).when().get("/api/feedback/moderation/log")
                .then().statusCode(200)
                .body("months", hasSize(2))
                .body("months[0].month", equalTo("2026-02"))
                .body("months[0].hidden", equalTo(1))
                .body("months[0].rejected", equalTo(1))
                .body("months[1].month", equalTo("2026-01"))
                .body("months[1].hidden", equalTo(1))
                .body("months[1].rejected", equalTo(0));
    }

    @Test
    void theQueuePagesByKeysetWithoutGapsOrDuplicates() throws Exception {
        policy(event, "PRE");
        List<Integer> comments = new ArrayList<>();
        List<Integer> recommendations = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            comments.add(comment(TestTokens.citizen(), event, "Комментарий " + i));
        }
        for (int i = 0; i < 3; i++) {
            recommendations.add(recommendation(TestTokens.citizen(), event, "Предложение номер " + i));
        }
        // ties on time, within one kind and across kinds, are where keyset pagination goes wrong
        sql(db, "update comment set created_at = '2026-01-01T00:00:00Z' where id in (%d, %d)"
                .formatted(comments.get(0), comments.get(1)));
        sql(db, "update recommendation set created_at = '2026-01-01T00:00:00Z' where id = " + recommendations.get(0));
        sql(db, "update comment set created_at = '2026-01-02T00:00:00Z' where id = " + comments.get(2));
        sql(db, "update recommendation set created_at = '2026-01-02T00:00:00Z' where id in (%d, %d)"
                .formatted(recommendations.get(1), recommendations.get(2)));
        sql(db, "update comment set created_at = '2026-01-03T00:00:00Z' where id = " + comments.get(3));
        List<String> expected = List.of(
                "COMMENT:" + comments.get(0), "COMMENT:" + comments.get(1), "RECOMMENDATION:" + recommendations.get(0),
                "COMMENT:" + comments.get(2), "RECOMMENDATION:" + recommendations.get(1),
                "RECOMMENDATION:" + recommendations.get(2), "COMMENT:" + comments.get(3));

        assertEquals(expected, walk(null, 2, 4));
        assertEquals(expected, walk(null, 3, 3));
        assertEquals(expected.stream().filter(s -> s.startsWith("COMMENT")).toList(), walk("comment", 1, 4));
        assertEquals(expected.stream().filter(s -> s.startsWith("RECOMMENDATION")).toList(), walk("recommendation", 2, 2));

        given().auth().oauth2(TestTokens.moderator()).queryParam("event", event).queryParam("after", "not-a-cursor")
                .when().get("/api/feedback/moderation/queue")
                .then().statusCode(400).body("errors.field", hasItem("after"));
        given().auth().oauth2(TestTokens.moderator()).queryParam("size", 101)
                .when().get("/api/feedback/moderation/queue").then().statusCode(400).body("errors.field", hasItem("size"));
        given().auth().oauth2(TestTokens.moderator()).queryParam("state", "hidden")
                .when().get("/api/feedback/moderation/queue").then().statusCode(400).body("errors.field", hasItem("state"));
    }

    /** Follows nextCursor to the end; checks the number of pages taken. */
    private List<String> walk(String type, int size, int pages) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 1; ; page++) {
            var request = given().auth().oauth2(TestTokens.moderator()).queryParam("event", event)
                    .queryParam("size", size);
            if (type != null) {
                request.queryParam("type", type);
            }
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            var body = request.when().get("/api/feedback/moderation/queue").then().statusCode(200).extract().jsonPath();
            List<String> types = body.getList("items.type");
            List<Integer> ids = body.getList("items.id");
            for (int i = 0; i < ids.size(); i++) {
                seen.add(types.get(i) + ":" + ids.get(i));
            }
            cursor = body.getString("nextCursor");
            if (cursor == null) {
                assertEquals(pages, page, "pages taken");
                return seen;
            }
            if (page > pages) {
                throw new AssertionError("more pages than expected: " + seen);
            }
        }
    }

    @Test
    void aPolicyIsOnlyForAKnownEvent() {
        OpenEvents.unknown(events, "no-such-forum");
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body("{\"mode\":\"PRE\"}")
                .when().put("/api/feedback/moderation/policies/no-such-forum")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body("{\"mode\":\"SOMETIMES\"}")
                .when().put("/api/feedback/moderation/policies/" + event)
                .then().statusCode(400).body("errors.field", hasItem("mode"));
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body("{}")
                .when().put("/api/feedback/moderation/policies/" + event)
                .then().statusCode(400).body("errors.field", hasItem("mode"));
        assertNull(given().auth().oauth2(TestTokens.moderator()).when().get("/api/feedback/moderation/policies/" + event)
                .then().statusCode(200).extract().path("updatedAt"));
    }
}
