package org.pikir.feedback.comment;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CommentResourceTest {

    @InjectEventsService
    WireMockServer events;

    private String openEvent;

    @BeforeEach
    void anOpenEvent() {
        openEvent = newEvent(Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(30, ChronoUnit.DAYS), true);
    }

    private String newEvent(Instant opens, Instant closes, boolean open) {
        return OpenEvents.stub(events, opens, closes, open);
    }

    private static String comment(String slug, String body) {
        return """
                {"eventSlug":"%s","body":"%s","language":"ru"}
                """.formatted(slug, body);
    }

    private static Response post(String token, String body, String key) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/feedback/comments");
    }

    @Test
    void aCitizenCommentsAndEveryoneReadsItUnderAPseudonym() {
        post(TestTokens.citizen(), comment(openEvent, "Нужно больше слушаний в регионах"), null)
                .then().statusCode(201)
                .header("Location", containsString("/api/feedback/comments/"))
                .body("id", notNullValue())
                .body("authorName", org.hamcrest.Matchers.equalTo(Feedback.displayName(TestTokens.citizen())))
                .body("status", org.hamcrest.Matchers.equalTo("PUBLISHED"));

        given().queryParam("event", openEvent).when().get("/api/feedback/comments")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].body", org.hamcrest.Matchers.equalTo("Нужно больше слушаний в регионах"))
                .body("items[0].authorName", org.hamcrest.Matchers.equalTo(Feedback.displayName(TestTokens.citizen())))
                .body("totalItems", org.hamcrest.Matchers.equalTo(1))
                .body(not(containsString("authorSubject")))
                .body(not(containsString("@example.test")));
    }

    @Test
    void commentingNeedsASignedInCitizen() {
        post(null, comment(openEvent, "anonymous"), null)
                .then().statusCode(401).contentType("application/problem+json");
        post(TestTokens.forUser("robot"), comment(openEvent, "no role"), null)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownEventIsNotFound() {
        OpenEvents.unknown(events, "no-such-event");
        post(TestTokens.citizen(), comment("no-such-event", "hello"), null)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-event"));
    }

    @Test
    void aClosedConsultationSaysWhenItClosed() {
        String closed = newEvent(Instant.parse("2026-01-01T05:00:00Z"), Instant.parse("2026-03-01T13:00:00Z"), false);
        post(TestTokens.citizen(), comment(closed, "too late"), null)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("consultation-closed"))
                .body("detail", containsString("closed on 2026-03-01 18:00"));
    }

    @Test
    void aSlowEventsServiceFailsFastWithoutSaving() {
        String slow = "slow-" + UUID.randomUUID().toString().substring(0, 8);
        events.stubFor(get(urlEqualTo(OpenEvents.path(slow)))
                .willReturn(okJson("{}").withFixedDelay(30_000)));
        long started = System.nanoTime();
        post(TestTokens.citizen(), comment(slow, "will it wait?"), null)
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", containsString("dependency-unavailable"));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        // the client gives up after its timeout (2 s in production, 5 s in tests), not after the 30 s the stub takes
        org.hamcrest.MatcherAssert.assertThat(tookMillis, lessThan(15_000L));
        given().queryParam("event", slow).when().get("/api/feedback/comments").then().body("items", hasSize(0));
    }

    @Test
    void theRequestIdTravelsToEventsService() {
        post(TestTokens.citizen(), comment(openEvent, "traced"), null)
                .then().statusCode(201);
        String id = "trace-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).auth().oauth2(TestTokens.citizen()).header("X-Request-Id", id)
                .body(comment(openEvent, "traced again")).when().post("/api/feedback/comments")
                .then().statusCode(201).header("X-Request-Id", id);
        events.verify(getRequestedFor(urlEqualTo(OpenEvents.path(openEvent)))
                .withHeader("X-Request-Id", equalTo(id)));
    }

    @Test
    void aRetryWithTheSameKeyReplaysInsteadOfDuplicating() {
        String key = "key-" + UUID.randomUUID();
        String body = comment(openEvent, "Один раз");
        int first = post(TestTokens.citizen(), body, key).then().statusCode(201)
                .header("Idempotent-Replayed", "false").extract().path("id");
        int again = post(TestTokens.citizen(), body, key).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        given().queryParam("event", openEvent).when().get("/api/feedback/comments")
                .then().body("items", hasSize(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRejected() {
        String key = "key-" + UUID.randomUUID();
        post(TestTokens.citizen(), comment(openEvent, "first text"), key).then().statusCode(201);
        post(TestTokens.citizen(), comment(openEvent, "other text"), key)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("idempotency-key-reused"));
    }

    @Test
    void keysBelongToTheirOwner() {
        String key = "key-" + UUID.randomUUID();
        post(TestTokens.citizen(), comment(openEvent, "mine"), key).then().statusCode(201);
        post(TestTokens.forUser("citizen2", "citizen"), comment(openEvent, "mine"), key).then().statusCode(201)
                .header("Idempotent-Replayed", "false")
                .body("authorName", org.hamcrest.Matchers.equalTo(
                        Feedback.displayName(TestTokens.forUser("citizen2", "citizen"))));
    }

    @Test
    void parallelRetriesCreateExactlyOneComment() throws Exception {
        String key = "key-" + UUID.randomUUID();
        String body = comment(openEvent, "Параллельно");
        String token = TestTokens.citizen();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> calls = java.util.Collections.nCopies(50,
                    () -> post(token, body, key).then().statusCode(201).extract().path("id"));
            Set<Integer> ids = pool.invokeAll(calls).stream().map(CommentResourceTest::await).collect(Collectors.toSet());
            assertEquals(1, ids.size(), "every retry must answer with the same comment");
        } finally {
            pool.shutdownNow();
        }
        given().queryParam("event", openEvent).when().get("/api/feedback/comments")
                .then().body("items", hasSize(1));
    }

    private static Integer await(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void invalidInputNamesEachField() {
        post(TestTokens.citizen(), """
                {"eventSlug":"%s","body":"   ","language":"de"}
                """.formatted(openEvent), null)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("body"))
                .body("errors.field", hasItem("language"));
        post(TestTokens.citizen(), comment(openEvent, "x".repeat(CommentRequest.MAX_BODY + 1)), null)
                .then().statusCode(400).body("errors.field", hasItem("body"));
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        post(TestTokens.citizen(), """
                {"eventSlug":"%s","body":"Хорошо","language":"ru","statementId":"abc"}
                """.formatted(openEvent), null)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("statementId"));
    }

    @Test
    void aCitizenCannotSetStatusOrAuthor() {
        post(TestTokens.citizen(), """
                {"eventSlug":"%s","body":"sneaky","language":"ru","status":"PUBLISHED","authorName":"Mayor"}
                """.formatted(openEvent), null)
                .then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo("status"), org.hamcrest.Matchers.equalTo("authorName"))));
    }

    @Test
    void textIsStoredNormalisedAndAsPlainText() {
        // "й" written as и + combining breve is stored as the single NFC character
        String decomposed = "Mo\u0438\u0306 \u0433\u043e\u043b\u043e\u0441 <b>bold</b>";
        post(TestTokens.citizen(), comment(openEvent, decomposed.replace("\"", "\\\"")), null)
                .then().statusCode(201)
                .body("body", org.hamcrest.Matchers.equalTo("Mo\u0439 \u0433\u043e\u043b\u043e\u0441 <b>bold</b>"));
    }

    @Test
    void aReplyMustAnswerAPublishedCommentOnTheSameEvent() {
        int parent = post(TestTokens.citizen(), comment(openEvent, "parent"), null).then().statusCode(201)
                .extract().path("id");
        post(TestTokens.forUser("citizen2", "citizen"), """
                {"eventSlug":"%s","body":"reply","language":"kk","parentId":%d}
                """.formatted(openEvent, parent), null)
                .then().statusCode(201).body("parentId", org.hamcrest.Matchers.equalTo(parent));
        post(TestTokens.citizen(), """
                {"eventSlug":"%s","body":"reply","language":"kk","parentId":999999999}
                """.formatted(openEvent), null)
                .then().statusCode(400).body("errors.field", hasItem("parentId"));
    }

    @Test
    void aCommentOnAStatementMustCiteOneOfTheEvent() {
        openEvent = OpenEvents.citing(events, List.of(7L), List.of(4L));
        post(TestTokens.citizen(), """
                {"eventSlug":"%s","body":"about this statement","language":"ru","statementId":7}
                """.formatted(openEvent), null)
                .then().statusCode(201).body("statementId", org.hamcrest.Matchers.equalTo(7));
        post(TestTokens.citizen(), """
                {"eventSlug":"%s","body":"about nothing","language":"ru","statementId":8}
                """.formatted(openEvent), null)
                .then().statusCode(400).body("errors.field", hasItem("statementId"));
        post(TestTokens.citizen(), """
                {"eventSlug":"%s","body":"about a file","language":"ru","materialId":3}
                """.formatted(openEvent), null)
                .then().statusCode(400).body("errors.field", hasItem("materialId"));
    }

    @Test
    void aCommentCitingAStatementAndAMaterialAsksEventsServiceOnce() {
        openEvent = OpenEvents.citing(events, List.of(7L), List.of(4L));
        post(TestTokens.citizen(), """
                {"eventSlug":"%s","body":"about both","language":"ru","statementId":7,"materialId":4}
                """.formatted(openEvent), "key-" + UUID.randomUUID())
                .then().statusCode(201);
        // nothing is kept between requests in tests (window-cache 0s): this is the request's own cost
        assertEquals(1, events.countRequestsMatching(getRequestedFor(urlEqualTo(OpenEvents.path(openEvent))).build())
                .getCount());
    }

    @Test
    void listingNeedsAnEventAndCapsThePageSize() {
        given().when().get("/api/feedback/comments").then().statusCode(400).body("errors.field", hasItem("event"));
        given().queryParam("event", openEvent).queryParam("size", 101).when().get("/api/feedback/comments")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }
}
