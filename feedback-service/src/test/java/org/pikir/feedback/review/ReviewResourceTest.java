package org.pikir.feedback.review;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.endorse;
import static org.pikir.feedback.Feedback.recommendation;
import static org.pikir.feedback.Feedback.sql;
import static org.pikir.feedback.Feedback.status;

@QuarkusTest
class ReviewResourceTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    private String event;

    @BeforeEach
    void anOpenEvent() {
        event = OpenEvents.open(events);
    }

    private static Response answer(String token, int id, String text, String answeredBy) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"text\":\"%s\",\"answeredBy\":\"%s\"}".formatted(text, answeredBy))
                .when().put("/api/feedback/review/recommendations/" + id + "/answer");
    }

    private static Response assign(int id, String assignee) {
        return given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON)
                .body(assignee == null ? "{\"assignee\":null}" : "{\"assignee\":\"%s\"}".formatted(assignee))
                .when().put("/api/feedback/review/recommendations/" + id + "/assignee");
    }

    private List<Integer> queueIds(String... filters) {
        var request = given().auth().oauth2(TestTokens.moderator()).queryParam("event", event);
        for (int i = 0; i < filters.length; i += 2) {
            request.queryParam(filters[i], filters[i + 1]);
        }
        return request.when().get("/api/feedback/review/queue").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void aRecommendationMovesAlongTheReviewPath() {
        int id = recommendation(TestTokens.citizen(), event, "Открытые заседания");
        status(TestTokens.moderator(), id, "{\"status\":\"UNDER_REVIEW\"}")
                .then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        status(TestTokens.admin(), id, "{\"status\":\"PARTIALLY_ACCEPTED\"}")
                .then().statusCode(200).body("status", equalTo("PARTIALLY_ACCEPTED"));
        given().when().get("/api/feedback/recommendations/" + id).then().body("status", equalTo("PARTIALLY_ACCEPTED"));
        // decisions are final
        status(TestTokens.moderator(), id, "{\"status\":\"REJECTED\"}")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("invalid-transition"))
                .body("detail", containsString("from PARTIALLY_ACCEPTED to REJECTED"));
    }

    @Test
    void invalidTransitionsAreConflictsNamingFromAndTo() {
        int id = recommendation(TestTokens.citizen(), event, "Поспешное решение");
        status(TestTokens.moderator(), id, "{\"status\":\"ACCEPTED\"}")
                .then().statusCode(409)
                .body("type", containsString("invalid-transition"))
                .body("detail", containsString("from SUBMITTED to ACCEPTED"))
                .body("detail", containsString("UNDER_REVIEW"));
        status(TestTokens.moderator(), id, "{\"status\":\"SUBMITTED\"}").then().statusCode(409);
        status(TestTokens.moderator(), id, "{\"status\":\"DONE\"}").then().statusCode(400).body("errors.field", hasItem("status"));
        status(TestTokens.moderator(), id, "{}").then().statusCode(400).body("errors.field", hasItem("status"));
        status(TestTokens.moderator(), 999_999_999, "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(404);
        given().when().get("/api/feedback/recommendations/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void mergingCarriesEndorsementsAndCountsEachPersonOnce() {
        String authorOfTarget = citizen("target-author-" + UUID.randomUUID());
        int source = recommendation(TestTokens.citizen(), event, "Больше слушаний в районах");
        int target = recommendation(authorOfTarget, event, "Слушания в каждом районе");
        int earlier = recommendation(TestTokens.citizen(), event, "Слушания в районах, пожалуйста");
        String both = citizen("both-" + UUID.randomUUID());
        String onlySource = citizen("only-source-" + UUID.randomUUID());
        String onlyTarget = citizen("only-target-" + UUID.randomUUID());
        endorse(both, source);
        endorse(onlySource, source);
        endorse(authorOfTarget, source);
        endorse(both, target);
        endorse(onlyTarget, target);
        String earlyFan = citizen("early-" + UUID.randomUUID());
        endorse(earlyFan, earlier);
        // an earlier duplicate merged into the source first
        status(TestTokens.moderator(), earlier, "{\"status\":\"MERGED\",\"mergeInto\":%d}".formatted(source))
                .then().statusCode(200).body("endorsementCount", equalTo(0)).body("mergedIntoId", equalTo(source));
        given().when().get("/api/feedback/recommendations/" + source).then().body("endorsementCount", equalTo(4));

        status(TestTokens.moderator(), source, "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(200);
        status(TestTokens.moderator(), source, "{\"status\":\"MERGED\",\"mergeInto\":%d}".formatted(target))
                .then().statusCode(200)
                .body("status", equalTo("MERGED"))
                .body("mergedIntoId", equalTo(target))
                .body("endorsementCount", equalTo(0));

        // both, onlySource, earlyFan, onlyTarget; the target's own author does not endorse their own
        given().when().get("/api/feedback/recommendations/" + target).then().body("endorsementCount", equalTo(4));
        given().when().get("/api/feedback/recommendations/" + source)
                .then().body("status", equalTo("MERGED")).body("mergedIntoId", equalTo(target));
        given().when().get("/api/feedback/recommendations/" + earlier).then().body("mergedIntoId", equalTo(target));
        given().auth().oauth2(both).when().get("/api/feedback/recommendations/" + target + "/endorsement")
                .then().body("endorsed", equalTo(true));
        given().auth().oauth2(onlySource).when().get("/api/feedback/recommendations/" + target + "/endorsement")
                .then().body("endorsed", equalTo(true));
        given().auth().oauth2(citizen("newcomer-" + UUID.randomUUID()))
                .when().put("/api/feedback/recommendations/" + source + "/endorsement")
                .then().statusCode(409).body("type", containsString("merged"));
        // withdrawing from the target now counts down the carried endorsement
        given().auth().oauth2(onlySource).when().delete("/api/feedback/recommendations/" + target + "/endorsement")
                .then().statusCode(200).body("endorsementCount", equalTo(3));
    }

    @Test
    void aMergeNeedsAnotherUnmergedPublishedRecommendationOfTheSameEvent() {
        int id = recommendation(TestTokens.citizen(), event, "Дубликат");
        int merged = recommendation(TestTokens.citizen(), event, "Уже слитое");
        int target = recommendation(TestTokens.citizen(), event, "Главное предложение");
        status(TestTokens.moderator(), merged, "{\"status\":\"MERGED\",\"mergeInto\":%d}".formatted(target)).then().statusCode(200);
        int elsewhere = recommendation(TestTokens.citizen(), OpenEvents.open(events), "С другого форума");

        status(TestTokens.moderator(), id, "{\"status\":\"MERGED\"}").then().statusCode(400).body("errors.field", hasItem("mergeInto"));
        status(TestTokens.moderator(), id, "{\"status\":\"UNDER_REVIEW\",\"mergeInto\":%d}".formatted(target))
                .then().statusCode(400).body("errors.field", hasItem("mergeInto"));
        status(TestTokens.moderator(), id, "{\"status\":\"MERGED\",\"mergeInto\":%d}".formatted(id))
                .then().statusCode(400).body("errors.field", hasItem("mergeInto"));
        status(TestTokens.moderator(), id, "{\"status\":\"MERGED\",\"mergeInto\":999999999}")
                .then().statusCode(400).body("errors.field", hasItem("mergeInto"));
        status(TestTokens.moderator(), id, "{\"status\":\"MERGED\",\"mergeInto\":%d}".formatted(elsewhere))
                .then().statusCode(409).body("type", containsString("invalid-merge-target"));
        status(TestTokens.moderator(), id, "{\"status\":\"MERGED\",\"mergeInto\":%d}".formatted(merged))
                .then().statusCode(409).body("type", containsString("invalid-merge-target"))
                .body("detail", containsString(String.valueOf(target)));
        // a decided recommendation cannot be merged any more
        status(TestTokens.moderator(), target, "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(200);
        status(TestTokens.moderator(), target, "{\"status\":\"ACCEPTED\"}").then().statusCode(200);
        status(TestTokens.moderator(), target, "{\"status\":\"MERGED\",\"mergeInto\":%d}".formatted(id))
                .then().statusCode(409).body("type", containsString("invalid-transition"));
        given().when().get("/api/feedback/recommendations/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aReviewerIsAssignedAndTheQueueFiltersByThem() {
        int mine = recommendation(TestTokens.citizen(), event, "Для модератора");
        int other = recommendation(TestTokens.citizen(), event, "Для другого");
        assign(mine, "moderator").then().statusCode(200).body("assignee", equalTo("moderator"));
        signsIn(TestTokens.forUser("reviewer.two", "moderator"));
        assign(other, "reviewer.two").then().statusCode(200);
        assertEquals(List.of(mine), queueIds("assignee", "moderator"));
        assertEquals(List.of(mine, other), queueIds());
        assign(mine, null).then().statusCode(200).body("assignee", nullValue());
        assertEquals(List.of(), queueIds("assignee", "moderator"));
        assign(mine, "not a name").then().statusCode(400).body("errors.field", hasItem("assignee"));
        given().when().get("/api/feedback/recommendations/" + other).then().body(not(containsString("reviewer.two")));
    }

    @Test
    void onlyAStaffMemberCanBeAssignedAndTheyAreListed() {
        int id = recommendation(TestTokens.citizen(), event, "Кому поручить");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String editor = "editor-" + suffix;
        String citizen = "citizen-" + suffix;
        signsIn(TestTokens.forUser(editor, "editor"));
        signsIn(TestTokens.forUser(citizen, "citizen"));

        for (String nobody : new String[] {"nobody-" + suffix, citizen, "any text at all"}) {
            assign(id, nobody).then().statusCode(nobody.contains(" ") ? 400 : 422)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("assignee"));
        }
        given().when().get("/api/feedback/review/recommendations/" + id).then().statusCode(401);
        given().auth().oauth2(TestTokens.moderator()).when().get("/api/feedback/review/recommendations/" + id)
                .then().statusCode(200).body("assignee", nullValue());
        assign(id, editor).then().statusCode(200).body("assignee", equalTo(editor));

        given().auth().oauth2(TestTokens.moderator()).when().get("/api/feedback/review/staff")
                .then().statusCode(200)
                .body("items.username", hasItem(editor))
                .body("items.username", hasItem("moderator"))
                .body("items.username", not(hasItem(citizen)))
                .body("items.find { it.username == '%s' }.roles".formatted(editor), equalTo(List.of("editor")));
        given().auth().oauth2(TestTokens.citizen()).when().get("/api/feedback/review/staff").then().statusCode(403);
        given().when().get("/api/feedback/review/staff").then().statusCode(401);
    }

    /** Any request with the person's token: feedback-service sees who they are and what roles they hold. */
    private void signsIn(String token) {
        given().auth().oauth2(token).queryParam("event", event).when().get("/api/feedback/recommendations")
                .then().statusCode(200);
    }

    @Test
    void notesStayInternal() {
        int id = recommendation(TestTokens.citizen(), event, "Предложение с заметками");
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON)
                .body("{\"text\":\"Check with the ministry first\"}")
                .when().post("/api/feedback/review/recommendations/" + id + "/notes")
                .then().statusCode(201)
                .body("author", equalTo("moderator"))
                .body("text", equalTo("Check with the ministry first"))
                .body("recommendationId", equalTo(id));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"text\":\"Agreed\"}")
                .when().post("/api/feedback/review/recommendations/" + id + "/notes").then().statusCode(201);
        given().auth().oauth2(TestTokens.moderator()).when().get("/api/feedback/review/recommendations/" + id + "/notes")
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].text", equalTo("Check with the ministry first"))
                .body("[1].author", equalTo("admin"));
        given().when().get("/api/feedback/recommendations/" + id).then().statusCode(200)
                .body(not(containsString("ministry"))).body(not(containsString("Agreed")));
        given().queryParam("event", event).when().get("/api/feedback/recommendations")
                .then().body(not(containsString("ministry")));
        given().auth().oauth2(TestTokens.citizen()).when().get("/api/feedback/review/recommendations/" + id + "/notes")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body("{\"text\":\"  \"}")
                .when().post("/api/feedback/review/recommendations/" + id + "/notes")
                .then().statusCode(400).body("errors.field", hasItem("text"));
        given().auth().oauth2(TestTokens.moderator()).when().get("/api/feedback/review/recommendations/999999999/notes")
                .then().statusCode(404);
    }

    @Test
    void theOfficialAnswerIsPublicOnceTheRecommendationIsUnderReview() {
        int id = recommendation(TestTokens.citizen(), event, "Ответьте, пожалуйста");
        answer(TestTokens.moderator(), id, "Too early", "Ministry of Justice")
                .then().statusCode(409).body("type", containsString("not-under-review"));
        status(TestTokens.moderator(), id, "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(200);
        answer(TestTokens.moderator(), id, "We will publish all minutes within a week.", "Ministry of Justice")
                .then().statusCode(200)
                .body("officialAnswer.text", equalTo("We will publish all minutes within a week."))
                .body("overdue", equalTo(false));
        given().when().get("/api/feedback/recommendations/" + id)
                .then().statusCode(200)
                .body("officialAnswer.text", equalTo("We will publish all minutes within a week."))
                .body("officialAnswer.answeredBy", equalTo("Ministry of Justice"))
                .body("officialAnswer.answeredAt", notNullValue())
                .body(not(containsString("moderator")));
        status(TestTokens.moderator(), id, "{\"status\":\"ACCEPTED\"}").then().statusCode(200);
        answer(TestTokens.admin(), id, "Accepted: minutes go online from March.", "Ministry of Justice")
                .then().statusCode(200);
        given().when().get("/api/feedback/recommendations/" + id)
                .then().body("officialAnswer.text", equalTo("Accepted: minutes go online from March."));

        answer(TestTokens.moderator(), id, "x".repeat(10_001), "Ministry of Justice")
                .then().statusCode(400).body("errors.field", hasItem("text"));
        answer(TestTokens.moderator(), id, "text", "").then().statusCode(400).body("errors.field", hasItem("answeredBy"));

        int open = recommendation(TestTokens.citizen(), event, "Ещё без ответа");
        assertEquals(List.of(open), queueIds("unanswered", "true"));
        int merged = recommendation(TestTokens.citizen(), event, "Повтор без ответа");
        status(TestTokens.moderator(), merged, "{\"status\":\"MERGED\",\"mergeInto\":%d}".formatted(open)).then().statusCode(200);
        answer(TestTokens.moderator(), merged, "text", "Akimat").then().statusCode(409).body("type", containsString("merged"));
    }

    @Test
    void unansweredRecommendationsPastTheDeadlineAreOverdue() throws Exception {
        int old = recommendation(TestTokens.citizen(), event, "Давнее предложение");
        int fresh = recommendation(TestTokens.citizen(), event, "Свежее предложение");
        int oldButMerged = recommendation(TestTokens.citizen(), event, "Давний повтор");
        sql(db, "update recommendation set created_at = now() - interval '40 days' where id in (%d, %d)"
                .formatted(old, oldButMerged));
        status(TestTokens.moderator(), oldButMerged, "{\"status\":\"MERGED\",\"mergeInto\":%d}".formatted(old))
                .then().statusCode(200).body("overdue", equalTo(false));

        assertEquals(List.of(old), queueIds("overdue", "true"));
        given().auth().oauth2(TestTokens.moderator()).queryParam("event", event)
                .when().get("/api/feedback/review/queue")
                .then().statusCode(200)
                .body("items.find { it.id == %d }.overdue".formatted(old), equalTo(true))
                .body("items.find { it.id == %d }.answerDueAt".formatted(old), notNullValue())
                .body("items.find { it.id == %d }.overdue".formatted(fresh), equalTo(false));

        status(TestTokens.moderator(), old, "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(200);
        answer(TestTokens.moderator(), old, "Late, but answered.", "Akimat of Almaty").then().statusCode(200)
                .body("overdue", equalTo(false));
        assertEquals(List.of(), queueIds("overdue", "true"));
    }

    @Test
    void theReviewQueuePagesByKeysetAndFiltersByStatus() {
        List<Integer> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(recommendation(TestTokens.citizen(), event, "Предложение очереди " + i));
        }
        status(TestTokens.moderator(), created.get(1), "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(200);
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(TestTokens.moderator()).queryParam("event", event).queryParam("size", 2);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            var page = request.when().get("/api/feedback/review/queue").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(created, seen);
        assertEquals(3, pages);
        assertEquals(List.of(created.get(1)), queueIds("status", "UNDER_REVIEW"));
        given().auth().oauth2(TestTokens.moderator()).queryParam("status", "DONE")
                .when().get("/api/feedback/review/queue").then().statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(TestTokens.moderator()).queryParam("after", "Zm9v")
                .when().get("/api/feedback/review/queue").then().statusCode(400).body("errors.field", hasItem("after"));
    }
}
