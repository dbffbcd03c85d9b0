package org.pikir.feedback.security;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
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
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.moderate;
import static org.pikir.feedback.Feedback.recommendation;

/**
 * Broken object-level authorisation: a citizen who knows (or guesses) the id of another's item, or reaches for
 * another's account data, gets 403 when the item is public and 404 when it is not, and nothing stored changes.
 * Ownership comes from the token's subject only; no id, parameter or cursor in the request can point elsewhere.
 */
@QuarkusTest
class BolaTest {

    private static final String COMMENT_ROW =
            "select body, status, version, updated_at, author_subject from comment where id = ?";

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    private String event;
    private Citizen aliceCitizen;
    private Citizen bobCitizen;
    private String alice;
    private String bob;

    @BeforeEach
    void twoCitizensOnAnOpenEvent() {
        event = OpenEvents.open(events);
        aliceCitizen = Citizen.fresh("alice");
        alice = aliceCitizen.token();
        bobCitizen = Citizen.fresh("bob");
        bob = bobCitizen.token();
    }

    private static String citizen(String name) {
        return Citizen.fresh(name).token();
    }

    @Test
    void anotherCitizensVisibleCommentCannotBeEditedOrDeleted() {
        int published = comment(alice, event, "Текст Алисы");
        int hidden = comment(alice, event, "Скрытый текст Алисы");
        moderate(TestTokens.moderator(), "comments", hidden, "{\"action\":\"HIDE\",\"reason\":\"OFF_TOPIC\"}")
                .then().statusCode(200);
        List<String> wrong = new ArrayList<>();
        for (int id : new int[] {published, hidden}) {
            List<String> before = StoredRows.row(db, COMMENT_ROW, (long) id);
            for (String intruder : List.of(bob, TestTokens.moderator(), TestTokens.admin())) {
                expect(wrong, "edit " + id, edit(intruder, id, "Чужая правка"), 403);
                expect(wrong, "edit " + id + " with If-Match *", as(intruder).header("If-Match", "*")
                        .contentType(ContentType.JSON).body("{\"body\":\"Чужая правка\"}")
                        .when().put("/api/feedback/comments/" + id), 403);
                expect(wrong, "delete " + id, as(intruder).when().delete("/api/feedback/comments/" + id), 403);
            }
            assertEquals(before, StoredRows.row(db, COMMENT_ROW, (long) id), "comment " + id + " changed");
            assertEquals(0, StoredRows.count(db,
                    "select count(*) from audit_entry where target_type = 'comment' and target_id = ? and action like 'comment.%'",
                    String.valueOf(id)));
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        // the author still can: the refusals above were about ownership, not about the comment
        edit(alice, published, "Исправлено Алисой").then().statusCode(200);
    }

    @Test
    void anotherCitizensPendingRejectedOrDeletedCommentIsNotFound() {
        String preModerated = OpenEvents.open(events);
        Feedback.policy(preModerated, "PRE");
        int pending = comment(alice, preModerated, "Ждёт модерации");
        int rejected = comment(alice, event, "Будет отклонён");
        moderate(TestTokens.moderator(), "comments", rejected, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}")
                .then().statusCode(200);
        int deleted = comment(alice, event, "Будет удалён");
        as(alice).when().delete("/api/feedback/comments/" + deleted).then().statusCode(204);
        List<String> wrong = new ArrayList<>();
        for (int id : new int[] {pending, rejected, deleted, 999_999_999}) {
            List<String> before = StoredRows.row(db, COMMENT_ROW, (long) id);
            expect(wrong, "edit " + id, edit(bob, id, "Чужая правка"), 404);
            expect(wrong, "delete " + id, as(bob).when().delete("/api/feedback/comments/" + id), 404);
            expect(wrong, "flag " + id, flag(bob, "COMMENT", id), 404);
            expect(wrong, "reply to " + id, as(bob).contentType(ContentType.JSON)
                    .body("{\"eventSlug\":\"%s\",\"body\":\"Ответ\",\"language\":\"ru\",\"parentId\":%d}".formatted(event, id))
                    .when().post("/api/feedback/comments"), 400);
            assertEquals(before, StoredRows.row(db, COMMENT_ROW, (long) id), "comment " + id + " changed");
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        // and nothing about them reaches the public list
        given().queryParam("event", preModerated).when().get("/api/feedback/comments").then().body("items", empty());
    }

    @Test
    void anEndorsementIsOnlyEverOnesOwn() {
        String carol = citizen("carol");
        int proposal = recommendation(alice, event, "Предложение Алисы");
        Feedback.endorse(carol, proposal);

        // bob's withdrawal withdraws bob's (absent) endorsement, not carol's
        as(bob).when().delete("/api/feedback/recommendations/" + proposal + "/endorsement")
                .then().statusCode(200).body("endorsed", equalTo(false)).body("endorsementCount", equalTo(1));
        as(bob).when().get("/api/feedback/recommendations/" + proposal + "/endorsement")
                .then().statusCode(200).body("endorsed", equalTo(false));
        as(carol).when().get("/api/feedback/recommendations/" + proposal + "/endorsement")
                .then().statusCode(200).body("endorsed", equalTo(true));
        assertEquals(1, StoredRows.count(db, "select count(*) from endorsement where recommendation_id = ?", (long) proposal));
        assertEquals("1", StoredRows.one(db, "select endorsement_count from recommendation where id = ?", (long) proposal));
        // an author cannot inflate their own count
        as(alice).when().put("/api/feedback/recommendations/" + proposal + "/endorsement").then().statusCode(409);
        assertEquals("1", StoredRows.one(db, "select endorsement_count from recommendation where id = ?", (long) proposal));
    }

    @Test
    void recommendationsThePublicCannotSeeAreNotFoundById() {
        String preModerated = OpenEvents.open(events);
        Feedback.policy(preModerated, "PRE");
        int pending = recommendation(alice, preModerated, "Ждёт модерации");
        int rejected = recommendation(alice, event, "Будет отклонена");
        moderate(TestTokens.moderator(), "recommendations", rejected, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}")
                .then().statusCode(200);
        int hidden = recommendation(alice, event, "Будет скрыта");
        moderate(TestTokens.moderator(), "recommendations", hidden, "{\"action\":\"HIDE\",\"reason\":\"OFF_TOPIC\"}")
                .then().statusCode(200);
        List<String> wrong = new ArrayList<>();
        for (int id : new int[] {pending, rejected}) {
            expect(wrong, "read " + id, given().when().get("/api/feedback/recommendations/" + id), 404);
            expect(wrong, "read " + id + " as citizen", as(bob).when().get("/api/feedback/recommendations/" + id), 404);
        }
        for (int id : new int[] {pending, rejected, hidden}) {
            expect(wrong, "endorse " + id, as(bob).when().put("/api/feedback/recommendations/" + id + "/endorsement"), 404);
            expect(wrong, "withdraw " + id, as(bob).when().delete("/api/feedback/recommendations/" + id + "/endorsement"), 404);
            expect(wrong, "ask endorsement " + id, as(bob).when().get("/api/feedback/recommendations/" + id + "/endorsement"), 404);
            expect(wrong, "flag " + id, flag(bob, "RECOMMENDATION", id), 404);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(0, StoredRows.count(db, "select count(*) from endorsement where recommendation_id in (?, ?, ?)",
                (long) pending, (long) rejected, (long) hidden));
        // a hidden one is shown in place, without its text
        given().when().get("/api/feedback/recommendations/" + hidden)
                .then().statusCode(200).body("visibility", equalTo("HIDDEN"))
                .body("title", nullValue()).body("body", nullValue()).body("expectedEffect", nullValue());
    }

    @Test
    void myEndpointsNeverShowAnotherCitizensData() {
        int aliceComment = comment(alice, event, "Личный комментарий Алисы");
        int aliceProposal = recommendation(alice, event, "Личное предложение Алисы");
        int bobComment = comment(bob, event, "Комментарий Боба");
        Feedback.endorse(alice, recommendation(citizen("dave"), event, "Предложение Дэйва"));
        flag(alice, "COMMENT", bobComment).then().statusCode(201);
        moderate(TestTokens.moderator(), "comments", aliceComment, "{\"action\":\"HIDE\",\"reason\":\"OFF_TOPIC\"}")
                .then().statusCode(200);
        String aliceName = Feedback.displayName(alice);

        as(bob).when().get("/api/feedback/me").then().statusCode(200)
                .body("displayName", not(equalTo(aliceName)))
                .body("email", not(equalTo(aliceCitizen.email())))
                .body("unreadNotifications", equalTo(0));
        // parameters naming someone else are ignored: the subject comes from the token alone
        String aliceSubject = aliceCitizen.subject();
        as(bob).queryParam("subject", aliceSubject).queryParam("author", aliceName).queryParam("user", aliceSubject)
                .when().get("/api/feedback/me/items").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(bobComment));
        as(bob).queryParam("subject", aliceSubject).when().get("/api/feedback/me/notifications")
                .then().statusCode(200).body("items", empty());
        // alice's cursor continues bob's list, never alice's
        String aliceCursor = as(alice).queryParam("size", 1).when().get("/api/feedback/me/items")
                .then().statusCode(200).body("items[0].id", equalTo(aliceProposal)).extract().path("nextCursor");
        assertNotNull(aliceCursor);
        as(bob).queryParam("after", aliceCursor).when().get("/api/feedback/me/items").then().statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem(aliceComment)));

        String export = as(bob).when().get("/api/feedback/me/export").then().statusCode(200).extract().asString();
        for (String alicesOwn : List.of("Личный комментарий Алисы", "Личное предложение Алисы", aliceName, aliceCitizen.email(),
                aliceSubject, "Предложение Дэйва")) {
            assertFalse(export.contains(alicesOwn), "bob's export holds alice's " + alicesOwn);
        }
        assertTrue(export.contains("Комментарий Боба"), export);

        // bob reading his notifications leaves alice's unread
        as(bob).when().post("/api/feedback/me/notifications/read").then().statusCode(204);
        as(alice).when().get("/api/feedback/me").then().body("unreadNotifications", equalTo(1));

        // bob erasing his data leaves alice's alone
        as(bob).contentType(ContentType.JSON).body("{\"confirm\":\"DELETE\"}").when().delete("/api/feedback/me")
                .then().statusCode(204);
        assertEquals("Личный комментарий Алисы", StoredRows.one(db, "select body from comment where id = ?", (long) aliceComment));
        assertEquals(aliceSubject, StoredRows.one(db, "select author_subject from recommendation where id = ?", (long) aliceProposal));
        as(alice).when().get("/api/feedback/me/items").then().body("items", hasSize(2));
        assertEquals(1, StoredRows.count(db, "select count(*) from flag where flagger_subject = ?", aliceSubject));
    }

    @Test
    void idempotencyKeysDoNotReplayAnotherCitizensAnswer() {
        String key = "bola-" + UUID.randomUUID();
        String body = "{\"eventSlug\":\"%s\",\"body\":\"Одинаковый текст\",\"language\":\"ru\"}".formatted(event);
        int first = as(alice).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/feedback/comments").then().statusCode(201).extract().path("id");
        Response replay = as(bob).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/feedback/comments");
        replay.then().statusCode(201).header("Idempotent-Replayed", "false");
        assertTrue(replay.<Integer>path("id") != first, "bob was handed alice's comment");
        assertEquals(bobCitizen.subject(), StoredRows.one(db, "select author_subject from comment where id = ?",
                replay.<Integer>path("id").longValue()));
    }

    private static Response edit(String token, int id, String text) {
        return as(token).contentType(ContentType.JSON).body("{\"body\":\"%s\"}".formatted(text))
                .when().put("/api/feedback/comments/" + id);
    }

    private static Response flag(String token, String type, int id) {
        return as(token).contentType(ContentType.JSON)
                .body("{\"targetType\":\"%s\",\"targetId\":%d,\"reason\":\"SPAM\"}".formatted(type, id))
                .when().post("/api/feedback/flags");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static void expect(List<String> wrong, String what, Response response, int status) {
        if (response.statusCode() != status) {
            wrong.add(what + ": " + response.statusCode() + ", expected " + status + " " + response.asString());
        } else if (!response.contentType().startsWith("application/problem+json")) {
            wrong.add(what + ": " + status + " without a problem document");
        }
    }

}
