package org.pikir.feedback.security;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;
import org.pikir.platform.web.PageResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Limits a caller meets before anything is stored: the body size (413 as a problem), page sizes (1–100, else
 * 400 naming the parameter), field lengths (400 naming the field) and header size. The submission rate limit
 * (429 with Retry-After and RateLimit-* headers) is proven by {@link org.pikir.feedback.submission.RateLimitTest}.
 */
@QuarkusTest
class LimitsTest {

    private static final long MAX_BODY = 128 * 1024;

    @InjectEventsService
    WireMockServer events;

    @TestHTTPResource("/")
    URI base;

    @Test
    void theServiceIsConfiguredWithABodyLimit() {
        assertEquals("128K", ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", String.class));
    }

    @Test
    void aBodyDeclaredOverTheLimitIsA413ProblemBeforeItIsRead() throws Exception {
        for (String path : List.of("/api/feedback/comments", "/api/feedback/recommendations", "/api/feedback/flags",
                "/api/feedback/me/profile", "/api/feedback/moderation/comments/1")) {
            String answer = sendWhileReading("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestTokens.citizen() + "\r\nContent-Type: application/json\r\nContent-Length: " + (MAX_BODY + 1)
                    + "\r\n\r\n{\"body\":\"", new byte[0], false);
            assertTrue(answer.startsWith("HTTP/1.1 413"), path + ": " + answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"status\":413") && answer.contains("body-too-large"), answer);
        }
    }

    @Test
    void anOversizeBodyIsRefusedAndNothingIsStored() throws Exception {
        String event = OpenEvents.open(events);
        String marker = "oversize-" + System.nanoTime();
        byte[] huge = "{\"eventSlug\":\"%s\",\"body\":\"%s %s\",\"language\":\"ru\"}".formatted(event, marker,
                "ә".repeat((int) MAX_BODY / 2)).getBytes(StandardCharsets.UTF_8);
        assertTrue(huge.length > MAX_BODY, "body of " + huge.length + " bytes");
        // a whole body sent with its length: the service answers as soon as it reads the length and may close
        // while the client is still writing, so the body goes from another thread while this one reads
        String answer = sendWhileReading("POST /api/feedback/comments HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.citizen() + "\r\nContent-Type: application/json\r\nContent-Length: " + huge.length + "\r\n\r\n",
                huge, false);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        given().queryParam("event", event).when().get("/api/feedback/comments")
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedToo() throws Exception {
        String event = OpenEvents.open(events);
        String marker = "chunked-" + System.nanoTime();
        byte[] huge = "{\"eventSlug\":\"%s\",\"body\":\"%s %s\",\"language\":\"ru\"}"
                .formatted(event, marker, "x".repeat((int) MAX_BODY * 2)).getBytes(StandardCharsets.UTF_8);
        String answer = sendWhileReading("POST /api/feedback/comments HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.citizen() + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
                huge, true);
        // Quarkus itself counts a chunked body while reading it and answers a bare 413 (no problem document)
        assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 413"), answer);
        assertEquals(0, given().queryParam("event", event).when().get("/api/feedback/comments")
                .then().extract().<Integer>path("totalItems"));
    }

    @Test
    void theLargestValidRecommendationFitsEvenFullyEscaped() {
        String event = OpenEvents.open(events);
        String body = "{\"eventSlug\":\"%s\",\"title\":\"%s\",\"body\":\"%s\",\"expectedEffect\":\"%s\",\"language\":\"kk\"}"
                .formatted(event, escaped(200), escaped(10_000), escaped(2_000));
        assertTrue(body.length() > 64 * 1024 && body.length() < MAX_BODY, "body of " + body.length() + " bytes");
        given().auth().oauth2(TestTokens.forUser("long-" + System.nanoTime(), "citizen")).contentType(ContentType.JSON)
                .body(body).when().post("/api/feedback/recommendations")
                .then().statusCode(201);
    }

    @Test
    void everyListCapsItsPageSize() {
        String event = OpenEvents.open(events);
        Map<String, String> lists = Map.ofEntries(
                Map.entry("/api/feedback/comments?event=" + event, TestTokens.citizen()),
                Map.entry("/api/feedback/recommendations?event=" + event, TestTokens.citizen()),
                Map.entry("/api/feedback/recommendations?grouped=true&event=" + event, TestTokens.citizen()),
                Map.entry("/api/feedback/me/items?x=1", TestTokens.citizen()),
                Map.entry("/api/feedback/me/notifications?x=1", TestTokens.citizen()),
                Map.entry("/api/feedback/moderation/queue?x=1", TestTokens.moderator()),
                Map.entry("/api/feedback/review/queue?x=1", TestTokens.moderator()),
                Map.entry("/api/feedback/review/groups?event=" + event, TestTokens.moderator()),
                Map.entry("/api/feedback/reports/" + event + "/overdue?x=1", TestTokens.moderator()),
                Map.entry("/api/feedback/audit?x=1", TestTokens.admin()));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> list : lists.entrySet()) {
            for (String size : List.of("0", "-1", "101", "1000000", "2147483648", "abc", "1e3", "")) {
                Response response = given().auth().oauth2(list.getValue()).urlEncodingEnabled(false)
                        .when().get(list.getKey() + "&size=" + size);
                if (response.statusCode() != 400 || !response.contentType().startsWith("application/problem+json")
                        || !response.jsonPath().getList("errors.field").contains("size")) {
                    // an empty size is the default, not an error
                    if (!(size.isEmpty() && response.statusCode() == 200)) {
                        wrong.add(list.getKey() + " size=" + size + ": " + response.statusCode() + " " + response.asString());
                    }
                }
            }
            Response largest = given().auth().oauth2(list.getValue()).when().get(list.getKey() + "&size=100");
            if (largest.statusCode() != 200) {
                wrong.add(list.getKey() + " size=100: " + largest.statusCode());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void pageNumbersStayInRange() {
        String event = OpenEvents.open(events);
        List<String> wrong = new ArrayList<>();
        for (String list : List.of("/api/feedback/comments", "/api/feedback/recommendations",
                "/api/feedback/recommendations?grouped=true")) {
            for (Object page : List.of(-1, PageResponse.MAX_PAGE + 1, Integer.MAX_VALUE, "2147483648", "x")) {
                Response response = given().queryParam("event", event).queryParam("page", page).queryParam("size", 100)
                        .when().get(list);
                if (response.statusCode() != 400 || !response.jsonPath().getList("errors.field").contains("page")) {
                    wrong.add(list + " page=" + page + ": " + response.statusCode() + " " + response.asString());
                }
            }
            // the deepest page allowed, far past the end, is an empty page rather than an overflow
            Response deepest = given().queryParam("event", event).queryParam("page", PageResponse.MAX_PAGE)
                    .queryParam("size", 100).when().get(list);
            if (deepest.statusCode() != 200 || !deepest.jsonPath().getList("items").isEmpty()) {
                wrong.add(list + " page=" + PageResponse.MAX_PAGE + ": " + deepest.statusCode() + " " + deepest.asString());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void fieldsLongerThanTheirLimitAreRefusedByName() {
        String event = OpenEvents.open(events);
        String citizen = TestTokens.citizen();
        given().auth().oauth2(citizen).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"%s\",\"language\":\"ru\"}".formatted(event, "я".repeat(5001)))
                .when().post("/api/feedback/comments").then().statusCode(400).body("errors.field", hasItem("body"));
        given().auth().oauth2(citizen).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"title\":\"%s\",\"body\":\"Текст\",\"language\":\"ru\"}".formatted(event, "я".repeat(201)))
                .when().post("/api/feedback/recommendations").then().statusCode(400).body("errors.field", hasItem("title"));
        given().auth().oauth2(citizen).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"Текст\",\"language\":\"ru\"}".formatted("a".repeat(101)))
                .when().post("/api/feedback/comments").then().statusCode(400).body("errors.field", hasItem("eventSlug"));
        given().auth().oauth2(citizen).queryParam("event", event).queryParam("text", "a".repeat(2001))
                .when().get("/api/feedback/recommendations/similar").then().statusCode(400).body("errors.field", hasItem("text"));
    }

    @Test
    void parametersOfTheWrongShapeAreRefusedByNameBeforeTheDatabase() {
        String nul = "%00";
        String longSlug = "a".repeat(101);
        Map<String, String> checks = new java.util.LinkedHashMap<>();
        checks.put("/api/feedback/comments?event=" + nul, "event");
        checks.put("/api/feedback/recommendations?event=" + nul, "event");
        checks.put("/api/feedback/recommendations?grouped=true&event=" + nul, "event");
        checks.put("/api/feedback/recommendations/similar?text=abc&event=" + nul, "event");
        checks.put("/api/feedback/moderation/log?event=" + longSlug, "event");
        checks.put("/api/feedback/moderation/queue?event=" + longSlug, "event");
        checks.put("/api/feedback/review/queue?assignee=" + nul, "assignee");
        checks.put("/api/feedback/review/groups?event=" + longSlug, "event");
        checks.put("/api/feedback/audit?actor=" + nul, "actor");
        checks.put("/api/feedback/exports/" + longSlug + "/comments.csv", "eventSlug");
        checks.put("/api/feedback/reports/" + longSlug, "eventSlug");
        checks.put("/api/feedback/reports/" + longSlug + "/overdue", "eventSlug");
        checks.put("/api/feedback/moderation/policies/" + longSlug, "eventSlug");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> check : checks.entrySet()) {
            Response response = given().auth().oauth2(TestTokens.admin()).urlEncodingEnabled(false)
                    .when().get(check.getKey());
            if (response.statusCode() != 400 || !response.jsonPath().getList("errors.field").contains(check.getValue())) {
                wrong.add(check.getKey().substring(0, Math.min(90, check.getKey().length())) + ": "
                        + response.statusCode() + " " + response.asString());
            }
        }
        Response policy = given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body("{\"mode\":\"PRE\"}")
                .when().put("/api/feedback/moderation/policies/" + longSlug);
        if (policy.statusCode() != 400) {
            wrong.add("PUT policy of a 101-character slug: " + policy.statusCode() + " " + policy.asString());
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void anOversizeHeaderIsRefusedWithoutAServerError() {
        int status = given().header("X-Padding", "x".repeat(64 * 1024)).when().get("/api/feedback/comments?event=x")
                .statusCode();
        assertTrue(status == 431 || status == 413 || status == 400, "status " + status);
    }

    private static String escaped(int characters) {
        return "\\u04d9".repeat(characters);
    }

    /** Sends {@code head} on a socket of its own and reads one answer. */
    /**
     * Sends a request head and body from another thread while this one reads the answer: the service may answer and
     * close before the body is through, and what it answered is what the test is about. A reset before any answer
     * counts as an empty answer.
     */
    private String sendWhileReading(String head, byte[] body, boolean chunked) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            Thread sender = new Thread(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    for (int at = 0; at < body.length; at += 8192) {
                        int length = Math.min(8192, body.length - at);
                        if (chunked) {
                            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(body, at, length);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException refusedMidway) {
                    // the service closed the connection: what it answered is read by the caller
                }
            });
            sender.start();
            String answer;
            try {
                answer = readAnswer(socket.getInputStream());
            } catch (IOException reset) {
                answer = "";
            }
            sender.join(10_000);
            return answer;
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        while (answer.indexOf("\r\n\r\n") < 0) {
            int next = in.read();
            if (next < 0) {
                return answer.toString();
            }
            answer.append((char) next);
        }
        var length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer);
        if (length.find()) {
            answer.append(new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8));
        }
        return answer.toString();
    }
}
