package org.pikir.feedback;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import java.util.List;
import java.util.function.BiFunction;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Function-level authorisation of every staff endpoint: who gets 401, 403, or an answer. */
@QuarkusTest
class StaffAccessTest {

    @InjectEventsService
    WireMockServer events;

    /** Items a staff call acts on; made fresh for each allowed call so every call can succeed. */
    private record Fixture(String event, int comment, int recommendation) {
    }

    /** One staff endpoint, called with a token (null for none) on a fixture. */
    private record Endpoint(String name, BiFunction<String, Fixture, Response> call) {
    }

    private static final List<Endpoint> MODERATION_AND_REVIEW = List.of(
            new Endpoint("GET policy", (t, f) -> as(t).get("/api/feedback/moderation/policies/" + f.event())),
            new Endpoint("PUT policy", (t, f) -> as(t).contentType(ContentType.JSON).body("{\"mode\":\"POST\"}")
                    .put("/api/feedback/moderation/policies/" + f.event())),
            new Endpoint("GET moderation queue", (t, f) -> as(t).queryParam("event", f.event()).get("/api/feedback/moderation/queue")),
            new Endpoint("POST moderate comment", (t, f) -> as(t).contentType(ContentType.JSON)
                    .body("{\"action\":\"HIDE\",\"reason\":\"SPAM\"}").post("/api/feedback/moderation/comments/" + f.comment())),
            new Endpoint("POST moderate recommendation", (t, f) -> as(t).contentType(ContentType.JSON)
                    .body("{\"action\":\"REJECT\",\"reason\":\"ILLEGAL\"}")
                    .post("/api/feedback/moderation/recommendations/" + f.recommendation())),
            new Endpoint("GET review queue", (t, f) -> as(t).queryParam("event", f.event()).get("/api/feedback/review/queue")),
            new Endpoint("GET review item", (t, f) -> as(t).get("/api/feedback/review/recommendations/" + f.recommendation())),
            new Endpoint("POST status", (t, f) -> as(t).contentType(ContentType.JSON).body("{\"status\":\"UNDER_REVIEW\"}")
                    .post("/api/feedback/review/recommendations/" + f.recommendation() + "/status")),
            new Endpoint("PUT assignee", (t, f) -> as(t).contentType(ContentType.JSON).body("{\"assignee\":\"moderator\"}")
                    .put("/api/feedback/review/recommendations/" + f.recommendation() + "/assignee")),
            new Endpoint("POST note", (t, f) -> as(t).contentType(ContentType.JSON).body("{\"text\":\"note\"}")
                    .post("/api/feedback/review/recommendations/" + f.recommendation() + "/notes")),
            new Endpoint("GET notes", (t, f) -> as(t).get("/api/feedback/review/recommendations/" + f.recommendation() + "/notes")),
            new Endpoint("PUT answer", (t, f) -> {
                // the answer needs a recommendation under review; a refused caller is refused at both steps
                Response review = as(t).contentType(ContentType.JSON).body("{\"status\":\"UNDER_REVIEW\"}")
                        .post("/api/feedback/review/recommendations/" + f.recommendation() + "/status");
                if (review.statusCode() >= 400) {
                    return review;
                }
                return as(t).contentType(ContentType.JSON).body("{\"text\":\"Answer\",\"answeredBy\":\"Akimat\"}")
                        .put("/api/feedback/review/recommendations/" + f.recommendation() + "/answer");
            }));

    private static final Endpoint AUDIT = new Endpoint("GET audit", (t, f) -> as(t).get("/api/feedback/audit"));

    private Fixture fixture() {
        String event = OpenEvents.open(events);
        return new Fixture(event, Feedback.comment(TestTokens.citizen(), event, "Для проверки прав"),
                Feedback.recommendation(TestTokens.citizen(), event, "Для проверки прав"));
    }

    private static RequestSpecification as(String token) {
        RequestSpecification request = given();
        return token == null ? request : request.auth().oauth2(token);
    }

    private static void expect(Endpoint endpoint, String who, String token, Fixture fixture, int status) {
        assertEquals(status, endpoint.call().apply(token, fixture).statusCode(), endpoint.name() + " as " + who);
    }

    private void expectAnswer(Endpoint endpoint, String who, String token) {
        int status = endpoint.call().apply(token, fixture()).statusCode();
        assertTrue(status == 200 || status == 201, endpoint.name() + " as " + who + " answered " + status);
    }

    @Test
    void moderationAndReviewAreForModeratorsAndAdminsOnly() {
        Fixture someone = fixture();
        assertAll(MODERATION_AND_REVIEW.stream().map(endpoint -> () -> {
            expect(endpoint, "anonymous", null, someone, 401);
            expect(endpoint, "citizen", TestTokens.citizen(), someone, 403);
            expect(endpoint, "editor", TestTokens.editor(), someone, 403);
            expect(endpoint, "a token without roles", TestTokens.forUser("robot"), someone, 403);
            expectAnswer(endpoint, "moderator", TestTokens.moderator());
            expectAnswer(endpoint, "admin", TestTokens.admin());
            expectAnswer(endpoint, "an editor who also moderates", TestTokens.forUser("editor2", "citizen", "editor", "moderator"));
        }));
        // nothing the refused callers sent changed anything
        given().queryParam("event", someone.event()).when().get("/api/feedback/comments")
                .then().body("items[0].status", org.hamcrest.Matchers.equalTo("PUBLISHED"));
        given().when().get("/api/feedback/recommendations/" + someone.recommendation())
                .then().body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .body("officialAnswer", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theAuditIsForAdminsOnly() {
        Fixture someone = fixture();
        expect(AUDIT, "anonymous", null, someone, 401);
        expect(AUDIT, "citizen", TestTokens.citizen(), someone, 403);
        expect(AUDIT, "editor", TestTokens.editor(), someone, 403);
        expect(AUDIT, "moderator", TestTokens.moderator(), someone, 403);
        expect(AUDIT, "admin", TestTokens.admin(), someone, 200);
    }

    @Test
    void theModerationLogIsPublic() {
        given().queryParam("event", fixture().event()).when().get("/api/feedback/moderation/log").then().statusCode(200);
    }
}
