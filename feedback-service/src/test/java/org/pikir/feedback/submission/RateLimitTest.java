package org.pikir.feedback.submission;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@TestProfile(RateLimitTest.ThreePerMinute.class)
class RateLimitTest {

    public static class ThreePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pikir.feedback.limits.per-minute", "3", "pikir.feedback.limits.per-day", "100");
        }
    }

    @InjectEventsService
    WireMockServer events;

    private static io.restassured.response.Response comment(String token, String event, String key) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"Комментарий\",\"language\":\"ru\"}".formatted(event));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/feedback/comments");
    }

    /**
     * The limits count in calendar minutes (the window 12:34:00–12:35:00), so a test whose requests straddle a
     * minute's end sees two windows (a clean-clone build once saw a fourth submission accepted at 02:35:00.2). Each
     * test starts with at least 15 seconds of its minute left (it needs about one).
     */
    @BeforeEach
    void startWellInsideAMinute() throws InterruptedException {
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 45_000) {
            Thread.sleep(60_000 - intoMinute + 100);
        }
    }

    @Test
    void theFourthSubmissionInAMinuteIsTooMany() {
        String event = OpenEvents.open(events);
        String user = "limited-" + UUID.randomUUID();
        String token = TestTokens.forUser(user, "citizen");
        String key = "k-" + UUID.randomUUID();
        comment(token, event, key).then().statusCode(201);
        comment(token, event, null).then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"title\":\"Третье за минуту\",\"body\":\"x\",\"language\":\"ru\"}".formatted(event))
                .when().post("/api/feedback/recommendations").then().statusCode(201);
        comment(token, event, null).then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", containsString("rate-limited"))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Limit", equalTo("3"))
                .header("RateLimit-Remaining", equalTo("0"));
        // a retry of an acknowledged submission is a replay, not a new submission
        comment(token, event, key).then().statusCode(201).header("Idempotent-Replayed", "true");
        // limits are per person
        comment(TestTokens.forUser("other-" + UUID.randomUUID(), "citizen"), event, null).then().statusCode(201);
    }

    @Test
    void flagsCountTowardsTheLimitButRepeatingOneDoesNot() {
        String event = OpenEvents.open(events);
        String token = TestTokens.forUser("flagger-" + UUID.randomUUID(), "citizen");
        String author = TestTokens.forUser("author-" + UUID.randomUUID(), "citizen");
        int first = comment(author, event, null).then().statusCode(201).extract().path("id");
        int second = comment(author, event, null).then().statusCode(201).extract().path("id");
        comment(token, event, null).then().statusCode(201);
        flag(token, first).then().statusCode(201);
        flag(token, first).then().statusCode(200);
        flag(token, second).then().statusCode(201);
        flag(token, second).then().statusCode(200);
        comment(token, event, null).then().statusCode(429).header("RateLimit-Limit", equalTo("3"));
    }

    private static io.restassured.response.Response flag(String token, int commentId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"targetType\":\"COMMENT\",\"targetId\":%d,\"reason\":\"SPAM\"}".formatted(commentId))
                .when().post("/api/feedback/flags");
    }

    @Test
    void rejectedSubmissionsDoNotUseUpTheLimit() {
        String event = OpenEvents.open(events);
        String token = TestTokens.forUser("careful-" + UUID.randomUUID(), "citizen");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"eventSlug\":\"%s\",\"body\":\"x\",\"language\":\"ru\",\"parentId\":999999999}".formatted(event))
                    .when().post("/api/feedback/comments").then().statusCode(400);
        }
        comment(token, event, null).then().statusCode(201);
    }
}
