package org.pikir.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.e2e.EventsApiIT.ALMATY;

/**
 * The platform under faults: a crash mid-write, a backend down, the database restarted, the identity
 * provider gone. Each test puts the platform back as it found it, so the other suites are unaffected.
 */
@ExtendWith(PlatformExtension.class)
class FaultsIT {

    private static final Duration FAST_ANSWER = Duration.ofSeconds(2);
    private static final Duration RECOVERY = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Platform platform;

    @BeforeAll
    static void platform(Platform started) {
        platform = started;
    }

    @Test
    void aCrashDuringWritesLosesNoAcknowledgedCommentAndRetriesCreateNoDuplicates() throws Exception {
        String token = platform.accessToken("citizen");
        String run = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        int writers = 6;
        int perWriter = 15;
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            running.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    String body = run + " writer " + writer + " comment " + i;
                    acknowledged.put(body, submitUntilAcknowledged(token, UUID.randomUUID().toString(), body, retries,
                            serverErrors));
                }
                return null;
            }));
        }
        awaitUntil(() -> acknowledged.size() >= writers * 2, Duration.ofSeconds(60), "no writes acknowledged");

        platform.killFeedbackService();
        platform.startFeedbackService();

        for (Future<?> writer : running) {
            writer.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();

        Map<String, List<Long>> stored = commentsOnAlmatyStartingWith(run);
        assertEquals(writers * perWriter, acknowledged.size());
        for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
            assertEquals(List.of(ack.getValue()), stored.get(ack.getKey()),
                    "acknowledged comment '" + ack.getKey() + "' is stored exactly once under its id");
        }
        assertEquals(acknowledged.keySet(), stored.keySet(), "only the submitted comments are stored");
        assertTrue(retries.get() > 0, "the crash interrupted no request, so nothing was proven");
        figure("kill -9 during writes: %d comments acknowledged, %d stored, %d retried attempts, %d duplicates",
                acknowledged.size(), stored.values().stream().mapToInt(List::size).sum(), retries.get(),
                stored.values().stream().mapToInt(ids -> ids.size() - 1).sum());
        assertEquals(0, serverErrors.get(), "answers of 500 or above other than 502/503/504 while feedback-service was down");
    }

    @Test
    void withEventsServiceDownTheGatewayAnswersFastAndRecoversByItself() throws Exception {
        platform.stopEventsService();
        Instant back;
        try {
            Timed api = get(platform.gatewayUrl() + "/api/events", "application/json");
            assertEquals(503, api.status(), api.body());
            assertTrue(api.contentType().startsWith("application/problem+json"), api.contentType());
            assertTrue(api.took().compareTo(FAST_ANSWER) <= 0, "API answered in " + api.took());

            Timed page = get(platform.gatewayUrl() + "/", "text/html");
            assertEquals(503, page.status());
            assertTrue(page.contentType().startsWith("text/html"), page.contentType());
            assertFalse(page.body().contains("Exception"), page.body());
            assertTrue(page.took().compareTo(FAST_ANSWER) <= 0, "page answered in " + page.took());
            figure("events-service down: API 503 problem in %d ms, home page 503 in %d ms",
                    api.took().toMillis(), page.took().toMillis());
        } finally {
            platform.startEventsService();
            back = Instant.now();
        }
        awaitUntil(() -> get(platform.gatewayUrl() + "/api/events", "application/json").status() == 200, RECOVERY,
                "the gateway did not recover after events-service came back");
        figure("events-service back (process ready): gateway serving again after %d ms",
                Duration.between(back, Instant.now()).toMillis());
        assertEquals(200, get(platform.gatewayUrl() + "/", "text/html").status());
    }

    @Test
    void withFeedbackServiceDownTheGatewayAnswersFastKeepsTheForumReadableAndRecoversByItself() throws Exception {
        String comments = platform.gatewayUrl() + "/api/feedback/comments?event=" + ALMATY;
        platform.killFeedbackService();
        Instant back;
        try {
            Timed api = get(comments, "application/json", "en");
            assertEquals(503, api.status(), api.body());
            assertTrue(api.contentType().startsWith("application/problem+json"), api.contentType());
            assertTrue(api.took().compareTo(FAST_ANSWER) <= 0, "API answered in " + api.took());

            // the forum comes from events-service and is still worth reading: only its comments are missing
            Timed page = get(platform.gatewayUrl() + "/forums/" + ALMATY, "text/html", "en");
            assertEquals(200, page.status(), page.body());
            assertTrue(page.body().contains("Comments cannot be shown right now"), page.body());
            assertFalse(page.body().contains("Exception"), page.body());
            assertTrue(page.took().compareTo(FAST_ANSWER) <= 0, "page answered in " + page.took());
            figure("feedback-service down: API 503 problem in %d ms, forum page 200 without comments in %d ms",
                    api.took().toMillis(), page.took().toMillis());
        } finally {
            platform.startFeedbackService();
            back = Instant.now();
        }
        awaitUntil(() -> get(comments, "application/json", "en").status() == 200, RECOVERY,
                "the gateway did not recover after feedback-service came back");
        figure("feedback-service back (process ready): gateway serving comments again after %d ms",
                Duration.between(back, Instant.now()).toMillis());
        assertFalse(get(platform.gatewayUrl() + "/forums/" + ALMATY, "text/html", "en").body()
                .contains("Comments cannot be shown right now"));
    }

    @Test
    void withItsDatabaseRestartedFeedbackServiceIsNotReadyThenRecoversWithoutARestart() throws Exception {
        String readiness = platform.feedbackManagementUrl() + "/q/health/ready";
        String comments = platform.gatewayUrl() + "/api/feedback/comments?event=" + ALMATY;
        assertEquals(200, get(readiness, "application/json").status());
        FeedbackDatabase database = platform.feedbackDatabase();
        // readers keep asking all along, so the restart happens under load
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        AtomicInteger slowest = new AtomicInteger();
        AtomicBoolean reading = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        for (int r = 0; r < 4; r++) {
            readers.submit(() -> {
                while (reading.get()) {
                    Timed answer = get(comments, "application/json");
                    answers.merge(answer.status(), 1, Integer::sum);
                    slowest.accumulateAndGet((int) answer.took().toMillis(), Math::max);
                }
                return null;
            });
        }

        database.stop();
        Instant stopped = Instant.now();
        Instant started;
        try {
            awaitUntil(() -> get(readiness, "application/json").status() == 503, Duration.ofSeconds(30),
                    "feedback-service stayed ready without its database");
            figure("PostgreSQL stopped: feedback-service not ready after %d ms",
                    Duration.between(stopped, Instant.now()).toMillis());
            Timed read = get(comments, "application/json");
            assertEquals(503, read.status(), read.body());
            assertTrue(read.contentType().startsWith("application/problem+json"), read.contentType());
            assertFalse(read.body().contains("Exception"), read.body());
        } finally {
            database.start();
            started = Instant.now();
        }
        awaitUntil(() -> get(readiness, "application/json").status() == 200, RECOVERY,
                "feedback-service did not become ready again after its database came back");
        figure("PostgreSQL accepting again: feedback-service ready after %d ms, no restart",
                Duration.between(started, Instant.now()).toMillis());
        reading.set(false);
        readers.shutdown();
        assertTrue(readers.awaitTermination(30, TimeUnit.SECONDS));
        figure("reads during the database restart, by status: %s; slowest %d ms", new TreeMap<>(answers), slowest.get());
        assertTrue(answers.keySet().stream().allMatch(status -> status == 200 || status == 503),
                "reads during the restart were answered only 200 or 503: " + answers);
        assertTrue(slowest.get() <= 10_000, "a read hung for " + slowest.get() + " ms");
        assertEquals(200, get(comments, "application/json").status());
        String body = "After the database restart " + UUID.randomUUID();
        given().baseUri(platform.gatewayUrl()).auth().oauth2(platform.accessToken("citizen"))
                .contentType("application/json")
                .body(Map.of("eventSlug", ALMATY, "body", body, "language", "ru"))
                .post("/api/feedback/comments").then().statusCode(201);
    }

    @Test
    void withKeycloakDownIssuedTokensStillWorkAndSigningInSaysItIsUnavailable() throws Exception {
        String token = platform.accessToken("citizen");
        // the services hold Keycloak's keys once they have checked one token
        given().baseUri(platform.gatewayUrl()).auth().oauth2(token).contentType("application/json")
                .body(Map.of("eventSlug", ALMATY, "body", "Before Keycloak stops " + UUID.randomUUID(), "language", "en"))
                .post("/api/feedback/comments").then().statusCode(201);

        platform.stopKeycloak();
        try {
            given().baseUri(platform.gatewayUrl()).auth().oauth2(token).contentType("application/json")
                    .body(Map.of("eventSlug", ALMATY, "body", "While Keycloak is down " + UUID.randomUUID(), "language", "en"))
                    .post("/api/feedback/comments").then().statusCode(201);

            Timed login = get(platform.gatewayUrl() + "/login?lang=en", "text/html");
            assertEquals(503, login.status(), "signing in did not say it is unavailable: " + login.body());
            assertTrue(login.contentType().startsWith("text/html"), login.contentType());
            assertTrue(login.took().compareTo(FAST_ANSWER) <= 0, "sign-in page answered in " + login.took());
            figure("Keycloak down: issued token still accepted (201), sign-in page 503 in %d ms", login.took().toMillis());
            assertEquals(200, get(platform.gatewayUrl() + "/forums/" + ALMATY, "text/html").status(),
                    "reading the site should not need Keycloak");
        } finally {
            platform.startKeycloak();
        }
        awaitUntil(() -> get(platform.gatewayUrl() + "/login", "text/html").status() == 302, RECOVERY,
                "signing in did not come back with Keycloak");
    }

    private static long submitUntilAcknowledged(String token, String key, String body, AtomicInteger retries,
                                                AtomicInteger serverErrors) throws InterruptedException {
        String json = "{\"eventSlug\":\"%s\",\"body\":\"%s\",\"language\":\"en\"}".formatted(ALMATY, body);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                                URI.create(platform.gatewayUrl() + "/api/feedback/comments"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    return Long.parseLong(response.body().replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1"));
                }
                if (response.statusCode() >= 500 && !Set.of(502, 503, 504).contains(response.statusCode())) {
                    serverErrors.incrementAndGet();
                }
            } catch (IOException e) {
                // the connection broke with the process; the same key makes the retry safe
            }
            retries.incrementAndGet();
            Thread.sleep(200);
        }
        throw new AssertionError("'" + body + "' was never acknowledged");
    }

    /** Every comment on the Almaty forum whose text starts with {@code prefix}, by text, with the ids stored under it. */
    private static Map<String, List<Long>> commentsOnAlmatyStartingWith(String prefix) {
        Map<String, List<Long>> found = new TreeMap<>();
        for (int page = 0; ; page++) {
            var json = given().baseUri(platform.gatewayUrl())
                    .queryParam("event", ALMATY).queryParam("size", 100).queryParam("page", page)
                    .get("/api/feedback/comments").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            for (Map<String, Object> item : items) {
                String text = (String) item.get("body");
                if (text != null && text.startsWith(prefix)) {
                    found.computeIfAbsent(text, k -> new ArrayList<>()).add(((Number) item.get("id")).longValue());
                }
            }
            if (page + 1 >= json.getInt("totalPages")) {
                return found;
            }
        }
    }

    /** A measured figure for docs/benchmarks.md, in the test output. */
    private static void figure(String format, Object... values) {
        System.out.println("FAULTS: " + format.formatted(values));
    }

    private record Timed(int status, String contentType, String body, Duration took) {
    }

    private static Timed get(String url, String accept) {
        return get(url, accept, "ru");
    }

    private static Timed get(String url, String accept, String language) {
        Instant start = Instant.now();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).header("Accept", accept).header("Accept-Language", language)
                    .GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Timed(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), Duration.between(start, Instant.now()));
        } catch (IOException e) {
            return new Timed(-1, "", e.toString(), Duration.between(start, Instant.now()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitUntil(Condition condition, Duration limit, String failure) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(failure + " within " + limit.toSeconds() + " s");
            }
            Thread.sleep(250);
        }
    }
}
