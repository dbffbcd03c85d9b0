package org.pikir.feedback.comment;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.moderate;
import static org.pikir.feedback.Feedback.sql;

/** Authors changing and deleting their own comments, and how deep threads may go. */
@QuarkusTest
class CommentEditTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    private String event;
    private String author;

    @BeforeEach
    void anOpenEventAndAnAuthor() {
        event = OpenEvents.open(events);
        author = TestTokens.forUser("author-" + UUID.randomUUID().toString().substring(0, 8), "citizen");
    }

    private static Response edit(String token, int id, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().put("/api/feedback/comments/" + id);
    }

    private static Response delete(String token, int id) {
        var request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().delete("/api/feedback/comments/" + id);
    }

    private Response reply(String token, int parent) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"Ответ\",\"language\":\"ru\",\"parentId\":%d}".formatted(event, parent))
                .when().post("/api/feedback/comments");
    }

    @Test
    void theAuthorEditsWithinTheWindowAndTheAuditKeepsBothTexts() {
        int id = comment(author, event, "Первая версия");
        edit(author, id, "{\"body\":\"Исправленная \\u0438\\u0306 версия\"}")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("body", equalTo("Исправленная й версия"))
                .body("status", equalTo("PUBLISHED"));
        given().queryParam("event", event).when().get("/api/feedback/comments")
                .then().body("items[0].body", equalTo("Исправленная й версия"));

        String pseudonym = Feedback.displayName(author);
        given().auth().oauth2(TestTokens.admin()).queryParam("target", "comment:" + id).when().get("/api/feedback/audit")
                .then().statusCode(200)
                .body("items[0].action", equalTo("comment.edit"))
                .body("items[0].actor", equalTo(pseudonym))
                .body("items[0].before.body", equalTo("Первая версия"))
                .body("items[0].after.body", equalTo("Исправленная й версия"))
                .body("items[0].after.version", equalTo(1));
    }

    @Test
    void anEditedCommentSaysWhenItWasEdited() {
        int edited = comment(author, event, "Текст до правки");
        int untouched = comment(author, event, "Текст без правки");
        int unchanged = comment(author, event, "Тот же текст");
        edit(author, unchanged, "{\"body\":\"Тот же текст\"}").then().statusCode(200).body("$", not(hasKey("editedAt")));
        String at = edit(author, edited, "{\"body\":\"Текст после правки\"}")
                .then().statusCode(200).body("editedAt", notNullValue()).extract().path("editedAt");
        given().queryParam("event", event).when().get("/api/feedback/comments").then().statusCode(200)
                .body("items.find { it.id == %d }.editedAt".formatted(edited), equalTo(at))
                .body("items.find { it.id == %d }".formatted(untouched), not(hasKey("editedAt")))
                .body("items.find { it.id == %d }".formatted(unchanged), not(hasKey("editedAt")));
        given().queryParam("event", event).when().get("/api/feedback/comments/threads").then().statusCode(200)
                .body("items.find { it.id == %d }.editedAt".formatted(edited), equalTo(at));
        int answer = reply(TestTokens.forUser("citizen2", "citizen"), edited).then().statusCode(201).extract().path("id");
        edit(TestTokens.forUser("citizen2", "citizen"), answer, "{\"body\":\"Ответ после правки\"}").then().statusCode(200);
        given().when().get("/api/feedback/comments/" + edited + "/replies").then().statusCode(200)
                .body("items.find { it.id == %d }.editedAt".formatted(answer), notNullValue());
    }

    @Test
    void onlyTheTextCanBeChanged() {
        int id = comment(author, event, "Только текст");
        for (String field : new String[]{"\"status\":\"PUBLISHED\"", "\"authorName\":\"Аким\"", "\"eventSlug\":\"other\"",
                "\"flagCount\":0"}) {
            edit(author, id, "{\"body\":\"Новый текст\",%s}".formatted(field))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("Unknown field"));
        }
        edit(author, id, "{\"body\":\"   \"}").then().statusCode(400).body("errors.field", hasItem("body"));
        edit(author, id, "{\"body\":\"%s\"}".formatted("x".repeat(CommentRequest.MAX_BODY + 1)))
                .then().statusCode(400).body("errors.field", hasItem("body"));
        given().queryParam("event", event).when().get("/api/feedback/comments").then()
                .body("items[0].body", equalTo("Только текст"));
    }

    @Test
    void afterTheWindowTheCommentCannotBeEditedButCanBeDeleted() throws Exception {
        int id = comment(author, event, "Старый комментарий");
        sql(db, "update comment set created_at = now() - interval '16 minutes' where id = " + id);
        edit(author, id, "{\"body\":\"Слишком поздно\"}")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("edit-window-closed"))
                .body("detail", containsString("could be edited until"))
                .body("detail", containsString("15 minutes"));
        delete(author, id).then().statusCode(204);
    }

    @Test
    void someoneElsesCommentIsForbiddenAndAHiddenOneNotFound() {
        int published = comment(author, event, "Мой комментарий");
        String intruder = TestTokens.forUser("citizen2", "citizen");
        edit(intruder, published, "{\"body\":\"Чужая правка\"}").then().statusCode(403)
                .contentType("application/problem+json");
        delete(intruder, published).then().statusCode(403);

        Feedback.policy(event, "PRE");
        int pending = comment(author, event, "Ждёт модерации");
        edit(intruder, pending, "{\"body\":\"Чужая правка\"}").then().statusCode(404);
        delete(intruder, pending).then().statusCode(404);
        edit(author, 999_999_999, "{\"body\":\"Нет такого\"}").then().statusCode(404);

        // a moderator is no author either: moderation has its own endpoints
        edit(TestTokens.moderator(), published, "{\"body\":\"Правка модератора\"}").then().statusCode(403);
        edit(null, published, "{\"body\":\"Аноним\"}").then().statusCode(401);
        delete(null, published).then().statusCode(401);
        edit(TestTokens.forUser("robot"), published, "{\"body\":\"Робот\"}").then().statusCode(403);
        delete(TestTokens.forUser("robot"), published).then().statusCode(403);

        given().queryParam("event", event).when().get("/api/feedback/comments").then()
                .body("items.find { it.id == %s }.body".formatted(published), equalTo("Мой комментарий"));
    }

    @Test
    void aStaleIfMatchIsRefusedInsteadOfOverwriting() {
        int id = comment(author, event, "Версия ноль");
        given().auth().oauth2(author).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"body\":\"Версия один\"}").when().put("/api/feedback/comments/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        // a second client still holding version 0
        given().auth().oauth2(author).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"body\":\"Затирающая правка\"}").when().put("/api/feedback/comments/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", containsString("version-mismatch"));
        given().auth().oauth2(author).contentType(ContentType.JSON).header("If-Match", "garbage")
                .body("{\"body\":\"x\"}").when().put("/api/feedback/comments/" + id)
                .then().statusCode(400).body("errors.field", hasItem("If-Match"));
        given().queryParam("event", event).when().get("/api/feedback/comments").then()
                .body("items[0].body", equalTo("Версия один"));
    }

    @Test
    void aHiddenCommentCannotBeEditedAwayFromModeration() {
        int id = comment(author, event, "Нарушение");
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"HIDE\",\"reason\":\"ABUSE\"}").then().statusCode(200);
        edit(author, id, "{\"body\":\"Теперь прилично\"}").then().statusCode(409)
                .body("type", containsString("comment-moderated"));
    }

    @Test
    void editingUnderPreModerationSendsTheCommentBackToTheQueue() {
        Feedback.policy(event, "PRE");
        int id = comment(author, event, "До проверки");
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"PUBLISH\"}").then().statusCode(200);
        edit(author, id, "{\"body\":\"После проверки изменён\"}").then().statusCode(200).body("status", equalTo("PENDING"));
        given().queryParam("event", event).when().get("/api/feedback/comments").then()
                .body("items.find { it.id == %s }".formatted(id), nullValue());
    }

    @Test
    void aClosedConsultationTakesNoEdits() {
        String closed = OpenEvents.open(events);
        int id = comment(author, closed, "Пока открыто");
        OpenEvents.close(events, closed);
        edit(author, id, "{\"body\":\"Уже закрыто\"}").then().statusCode(409)
                .body("type", containsString("consultation-closed"));
    }

    @Test
    void aDeletedCommentLosesItsTextButKeepsItsReplies() {
        int parent = comment(author, event, "Удалю позже");
        String replier = TestTokens.forUser("citizen2", "citizen");
        int answer = reply(replier, parent).then().statusCode(201).extract().path("id");

        delete(author, parent).then().statusCode(204);
        delete(author, parent).then().statusCode(204);

        given().queryParam("event", event).when().get("/api/feedback/comments").then()
                .body("items.find { it.id == %s }.status".formatted(parent), equalTo("DELETED"))
                .body("items.find { it.id == %s }.body".formatted(parent), nullValue())
                .body("items.find { it.id == %s }.authorName".formatted(parent), nullValue())
                .body("items.find { it.id == %s }.parentId".formatted(answer), equalTo(parent))
                .body(not(containsString("Удалю позже")));
        edit(author, parent, "{\"body\":\"Воскрешение\"}").then().statusCode(409).body("type", containsString("comment-deleted"));
        // one audit entry: the second delete changed nothing
        given().auth().oauth2(TestTokens.admin()).queryParam("target", "comment:" + parent).when().get("/api/feedback/audit")
                .then().body("items.action", equalTo(java.util.List.of("comment.delete")))
                .body("items[0].actor", equalTo(Feedback.displayName(author)))
                .body("items[0].before.body", equalTo("Удалю позже"))
                .body("items[0].after.status", equalTo("DELETED"));
    }

    @Test
    void repliesNestThreeLevelsDeep() {
        int top = comment(author, event, "Начало ветки");
        int first = reply(author, top).then().statusCode(201).extract().path("id");
        int second = reply(author, first).then().statusCode(201).extract().path("id");
        int third = reply(author, second).then().statusCode(201).extract().path("id");
        reply(author, third).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("parentId"))
                .body("errors[0].message", containsString("3"));
        // a reply higher up the thread is still welcome
        reply(author, first).then().statusCode(201);
    }
}
