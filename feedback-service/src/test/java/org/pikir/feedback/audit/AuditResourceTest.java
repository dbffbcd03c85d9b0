package org.pikir.feedback.audit;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.moderate;
import static org.pikir.feedback.Feedback.recommendation;
import static org.pikir.feedback.Feedback.sql;
import static org.pikir.feedback.Feedback.status;

@QuarkusTest
class AuditResourceTest {

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
    void everyStaffActionLeavesAnEntryWithBeforeAndAfter() {
        int id = recommendation(TestTokens.citizen(), event, "Под аудитом");
        status(TestTokens.moderator(), id, "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(200);
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body("{\"assignee\":\"moderator\"}")
                .when().put("/api/feedback/review/recommendations/" + id + "/assignee").then().statusCode(200);
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body("{\"text\":\"internal\"}")
                .when().post("/api/feedback/review/recommendations/" + id + "/notes").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"text\":\"Answered.\",\"answeredBy\":\"Ministry of Justice\"}")
                .when().put("/api/feedback/review/recommendations/" + id + "/answer").then().statusCode(200);
        moderate(TestTokens.moderator(), "recommendations", id, "{\"action\":\"HIDE\",\"reason\":\"DUPLICATE\",\"note\":\"see #1\"}")
                .then().statusCode(200);

        given().auth().oauth2(TestTokens.admin()).queryParam("target", "recommendation:" + id)
                .when().get("/api/feedback/audit")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("nextCursor", nullValue())
                .body("items.action", equalTo(List.of("moderation.hide", "review.answer", "review.note", "review.assign",
                        "review.status")))
                .body("items[0].actor", equalTo("moderator"))
                .body("items[0].targetType", equalTo("recommendation"))
                .body("items[0].targetId", equalTo(String.valueOf(id)))
                .body("items[0].before.visibility", equalTo("PUBLISHED"))
                .body("items[0].after.visibility", equalTo("HIDDEN"))
                .body("items[0].after.reason", equalTo("DUPLICATE"))
                .body("items[0].after.note", equalTo("see #1"))
                .body("items[0].at", notNullValue())
                .body("items[1].actor", equalTo("admin"))
                .body("items[1].before.text", nullValue())
                .body("items[1].after.answeredBy", equalTo("Ministry of Justice"))
                .body("items[3].after.assignee", equalTo("moderator"))
                .body("items[4].before.status", equalTo("SUBMITTED"))
                .body("items[4].after.status", equalTo("UNDER_REVIEW"));

        int commentId = comment(TestTokens.citizen(), event, "Комментарий под аудитом");
        moderate(TestTokens.moderator(), "comments", commentId, "{\"action\":\"REJECT\",\"reason\":\"ABUSE\"}")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).queryParam("target", "comment:" + commentId)
                .when().get("/api/feedback/audit")
                .then().body("items", hasSize(1)).body("items[0].action", equalTo("moderation.reject"));

        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body("{\"mode\":\"PRE\"}")
                .when().put("/api/feedback/moderation/policies/" + event).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).queryParam("target", "event:" + event)
                .when().get("/api/feedback/audit")
                .then().body("items", hasSize(1))
                .body("items[0].action", equalTo("moderation.policy"))
                .body("items[0].before.mode", equalTo("POST"))
                .body("items[0].after.mode", equalTo("PRE"));
    }

    @Test
    void aFailedActionLeavesNoEntry() {
        int id = recommendation(TestTokens.citizen(), event, "Без следа");
        status(TestTokens.moderator(), id, "{\"status\":\"ACCEPTED\"}").then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).queryParam("target", "recommendation:" + id)
                .when().get("/api/feedback/audit").then().body("items", hasSize(0));
    }

    @Test
    void entriesOfOneActorPageByKeyset() {
        String actor = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        String token = TestTokens.forUser(actor, "citizen", "moderator");
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int id = comment(TestTokens.citizen(), event, "Комментарий " + i);
            moderate(token, "comments", id, "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}").then().statusCode(200);
            ids.add(0, id);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(TestTokens.admin()).queryParam("actor", actor).queryParam("size", 2);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            var page = request.when().get("/api/feedback/audit").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.targetId"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(ids.stream().map(String::valueOf).toList(), seen);
        assertEquals(3, pages);
    }

    @Test
    void theDatabaseRefusesToRewriteOrEraseTheAudit() {
        int id = comment(TestTokens.citizen(), event, "Неизменный след");
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}").then().statusCode(200);
        String entry = "target_type = 'comment' and target_id = '" + id + "'";
        SQLException update = assertThrows(SQLException.class,
                () -> sql(db, "update audit_entry set actor = 'nobody' where " + entry));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class, () -> sql(db, "delete from audit_entry where " + entry));
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        assertThrows(SQLException.class, () -> sql(db, "delete from audit_entry where false"));
        assertThrows(SQLException.class, () -> sql(db, "truncate audit_entry"));
        given().auth().oauth2(TestTokens.admin()).queryParam("target", "comment:" + id)
                .when().get("/api/feedback/audit")
                .then().body("items", hasSize(1)).body("items[0].actor", equalTo("moderator"));
    }

    @Test
    void onlyAdminsReadTheAudit() {
        given().when().get("/api/feedback/audit").then().statusCode(401);
        given().auth().oauth2(TestTokens.citizen()).when().get("/api/feedback/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.editor()).when().get("/api/feedback/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.moderator()).when().get("/api/feedback/audit")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).when().get("/api/feedback/audit").then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).queryParam("target", "user:1")
                .when().get("/api/feedback/audit").then().statusCode(400).body("errors.field", hasItem("target"));
        given().auth().oauth2(TestTokens.admin()).queryParam("after", "%%%")
                .when().get("/api/feedback/audit").then().statusCode(400).body("detail", containsString("after"));
    }
}
