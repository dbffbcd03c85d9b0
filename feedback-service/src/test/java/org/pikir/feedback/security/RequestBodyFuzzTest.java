package org.pikir.feedback.security;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;
import org.pikir.platform.testing.security.BodyFuzzer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of malformed and odd bodies, bent from valid ones by {@link BodyFuzzer}, against every JSON write of
 * feedback-service, then odd query parameters, path ids and headers against its lists and writes: each answers
 * below 500, a refusal is a problem document, and no answer shows a class name or a stack trace.
 */
@QuarkusTest
class RequestBodyFuzzTest {

    private static final int BODIES_PER_ENDPOINT = 850;
    private static final long SEED = 20260225L;
    private static final int MAX_BODY = 128 * 1024;
    private static final String[] ODD = {
        "", " ", "0", "-1", "1", "100", "101", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
        "9223372036854775808", "1e3", "1.5", "0x10", "NaN", "null", "true", "[]", "{}", "abc", "%00", "%ZZ", "%c0%ae",
        "..%2f..%2fetc%2fpasswd", "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x}", "%E2%80%AE", "%F0%9F%98%80",
        "almaty-2026-02-25-constitutional-reform", "UPPER-Case", "a--b", "-a", "newest", "top", "pending", "flagged",
        "comment", "recommendation", "SUBMITTED", "MERGED", "comment:1", "event:x", "recommendation:-1", "x:y:z",
        "eyJ9", "eyJhZnRlciI6MX0", "AAAAAAAA", "MTcwMDAwMDAwMDAwMDoxMjM", "%2B%2F%3D", "a".repeat(300), "7".repeat(40),
    };

    @InjectEventsService
    WireMockServer events;

    @TestHTTPResource("/")
    URI base;

    // the JDK client, not REST Assured: ten thousand requests should take seconds, not minutes
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private record Call(String method, String path, String token, String validBody) {
    }

    @Test
    void noBodyMakesTheServiceFail() {
        String event = OpenEvents.open(events);
        String author = TestTokens.forUser("fuzz-author", "citizen");
        String other = TestTokens.forUser("fuzz-other", "citizen");
        String leaving = TestTokens.forUser("fuzz-leaving", "citizen");
        String staff = TestTokens.moderator();
        int parent = Feedback.comment(other, event, "Родительский комментарий");
        int edited = Feedback.comment(author, event, "Комментарий для правки");
        int moderated = Feedback.comment(other, event, "Комментарий для модерации");
        int proposal = Feedback.recommendation(other, event, "Предложение для модерации");
        int reviewed = Feedback.recommendation(other, event, "Предложение для рассмотрения");
        int answered = Feedback.recommendation(other, event, "Предложение для ответа");
        Feedback.status(staff, answered, "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(200);

        String f = "/api/feedback";
        Map<String, Call> endpoints = new LinkedHashMap<>();
        endpoints.put("POST comments", new Call("POST", f + "/comments", author,
                "{\"eventSlug\":\"%s\",\"body\":\"Комментарий\",\"language\":\"ru\",\"parentId\":%d}".formatted(event, parent)));
        endpoints.put("PUT comments/{id}", new Call("PUT", f + "/comments/" + edited, author, "{\"body\":\"Правка\"}"));
        endpoints.put("POST recommendations", new Call("POST", f + "/recommendations", author, """
                {"eventSlug":"%s","title":"Больше слушаний","body":"Проводить слушания в регионах","topic":"regions",
                 "expectedEffect":"Больше участников","language":"ru"}""".formatted(event)));
        endpoints.put("POST flags", new Call("POST", f + "/flags", author,
                "{\"targetType\":\"COMMENT\",\"targetId\":%d,\"reason\":\"SPAM\",\"note\":\"Реклама\"}".formatted(parent)));
        endpoints.put("PUT me/profile", new Call("PUT", f + "/me/profile", author,
                "{\"displayName\":\"Fuzz Author\",\"language\":\"kk\",\"emailNotifications\":true}"));
        endpoints.put("DELETE me", new Call("DELETE", f + "/me", leaving, "{\"confirm\":\"DELETE\"}"));
        endpoints.put("PUT moderation/policies/{slug}", new Call("PUT", f + "/moderation/policies/" + event, staff,
                "{\"mode\":\"POST\"}"));
        endpoints.put("POST moderation/comments/{id}", new Call("POST", f + "/moderation/comments/" + moderated, staff,
                "{\"action\":\"HIDE\",\"reason\":\"SPAM\",\"note\":\"Спам\"}"));
        endpoints.put("POST moderation/recommendations/{id}", new Call("POST", f + "/moderation/recommendations/" + proposal,
                staff, "{\"action\":\"PUBLISH\",\"reason\":null,\"note\":\"Оставить\"}"));
        endpoints.put("POST review/.../status", new Call("POST", f + "/review/recommendations/" + reviewed + "/status", staff,
                "{\"status\":\"UNDER_REVIEW\",\"mergeInto\":null}"));
        endpoints.put("PUT review/.../assignee", new Call("PUT", f + "/review/recommendations/" + reviewed + "/assignee", staff,
                "{\"assignee\":\"moderator\"}"));
        endpoints.put("POST review/.../notes", new Call("POST", f + "/review/recommendations/" + reviewed + "/notes", staff,
                "{\"text\":\"Заметка\"}"));
        endpoints.put("PUT review/.../answer", new Call("PUT", f + "/review/recommendations/" + answered + "/answer", staff,
                "{\"text\":\"Ответ\",\"answeredBy\":\"Акимат\"}"));

        Verdicts verdicts = new Verdicts();
        long seed = SEED;
        for (Map.Entry<String, Call> endpoint : endpoints.entrySet()) {
            Call call = endpoint.getValue();
            BodyFuzzer fuzzer = new BodyFuzzer(call.validBody(), seed++);
            for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
                byte[] body = fuzzer.next();
                String where = endpoint.getKey() + " #" + i + " (seed " + (seed - 1) + ")";
                verdicts.judge(where, body, send(call.method(), call.path(), call.token(), body, Map.of()));
            }
        }
        assertTrue(verdicts.answered >= 10_000, "only " + verdicts.answered + " bodies answered");
        // both sides of validation were reached: the fuzz is not refused wholesale at the door
        assertTrue(verdicts.statuses.getOrDefault(400, 0) > verdicts.answered / 2, "answers by status: " + verdicts.statuses);
        assertTrue(verdicts.statuses.keySet().stream().anyMatch(status -> status < 300), "nothing got through: " + verdicts.statuses);
        verdicts.assertNoFailures();
    }

    @Test
    void noParameterPathIdOrHeaderMakesTheServiceFail() {
        String event = OpenEvents.open(events);
        String citizen = TestTokens.forUser("fuzz-params", "citizen");
        String staff = TestTokens.admin();
        int comment = Feedback.comment(citizen, event, "Комментарий");
        String f = "/api/feedback";
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put(f + "/comments", List.of("event", "page", "size"));
        lists.put(f + "/recommendations", List.of("event", "sort", "grouped", "page", "size"));
        lists.put(f + "/recommendations/similar", List.of("event", "text"));
        lists.put(f + "/me/items", List.of("size", "after"));
        lists.put(f + "/me/notifications", List.of("size", "after"));
        lists.put(f + "/moderation/queue", List.of("event", "type", "state", "order", "size", "after"));
        lists.put(f + "/analysis/" + event + "/campaigns", List.of("size", "after"));
        lists.put(f + "/moderation/log", List.of("event"));
        lists.put(f + "/review/queue", List.of("event", "status", "assignee", "unanswered", "overdue", "size", "after"));
        lists.put(f + "/review/groups", List.of("event", "minSize", "size", "after"));
        lists.put(f + "/reports/" + event + "/overdue", List.of("size", "after"));
        lists.put(f + "/audit", List.of("target", "actor", "size", "after"));
        List<String> idPaths = List.of(f + "/comments/%s", f + "/recommendations/%s", f + "/recommendations/%s/endorsement",
                f + "/review/recommendations/%s", f + "/review/recommendations/%s/notes", f + "/reports/%s",
                f + "/reports/%s/overdue", f + "/open-data/%s.json", f + "/exports/%s/comments.csv",
                f + "/moderation/policies/%s", f + "/analysis/%s/campaigns");

        Random random = new Random(SEED);
        Verdicts verdicts = new Verdicts();
        for (int i = 0; i < 2_000; i++) {
            var list = new ArrayList<>(lists.entrySet()).get(random.nextInt(lists.size()));
            StringBuilder query = new StringBuilder();
            for (String name : list.getValue()) {
                String value = random.nextInt(3) == 0 ? "ok" : ODD[random.nextInt(ODD.length)];
                if (name.equals("event") && value.equals("ok")) {
                    value = event;
                }
                if (!value.equals("ok")) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encoded(value, random));
                }
            }
            if (random.nextInt(10) == 0) {
                query.append(query.isEmpty() ? "?" : "&").append("page=1&page=x&size=1&size=1000");
            }
            String path = list.getKey() + query;
            if (sendable(path)) {
                verdicts.judge("GET " + path, new byte[0], send("GET", path, random.nextBoolean() ? citizen : staff, null, Map.of()));
            }
        }
        for (String template : idPaths) {
            for (String odd : ODD) {
                String path = template.formatted(encoded(odd, random));
                if (!sendable(path)) {
                    continue;
                }
                for (String method : List.of("GET", "PUT", "DELETE")) {
                    verdicts.judge(method + " " + path, new byte[0], send(method, path, staff, null, Map.of()));
                }
            }
        }
        String body = "{\"body\":\"Правка\"}";
        String create = "{\"eventSlug\":\"%s\",\"body\":\"Комментарий\",\"language\":\"ru\"}".formatted(event);
        for (String odd : ODD) {
            for (String header : List.of("If-Match", "Idempotency-Key", "X-Request-Id", "Accept", "Accept-Language",
                    "Content-Type")) {
                String value = URLDecoderSafe.decode(odd);
                Map<String, String> headers = Map.of(header, value);
                verdicts.judge("PUT comment with " + header + ": " + value, body.getBytes(StandardCharsets.UTF_8),
                        send("PUT", f + "/comments/" + comment, citizen, body.getBytes(StandardCharsets.UTF_8), headers));
                verdicts.judge("POST comment with " + header + ": " + value, create.getBytes(StandardCharsets.UTF_8),
                        send("POST", f + "/comments", citizen, create.getBytes(StandardCharsets.UTF_8), headers));
            }
        }
        assertTrue(verdicts.answered > 3_500, "only " + verdicts.answered + " requests answered");
        verdicts.assertNoFailures();
    }

    private static String encoded(String value, Random random) {
        // most values go percent-encoded; some raw, as a careless client would send them
        return value.contains("%") || random.nextInt(4) == 0 ? value.replace(" ", "%20")
                : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Whether the JDK client can send this path at all (it refuses a malformed %-escape, for one). */
    private boolean sendable(String path) {
        try {
            base.resolve(path);
            return true;
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    /** The answer, or {@code null} when the service closed the connection instead of answering. */
    private HttpResponse<String> send(String method, String path, String token, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        request.header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach((name, value) -> {
            try {
                request.setHeader(name, value);
            } catch (IllegalArgumentException notSendable) {
                // the JDK refuses some header values outright; they cannot reach the service either
            }
        });
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException closed) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Tallies the answers and keeps the first bad ones, each with what produced it. */
    private static final class Verdicts {

        private final Map<Integer, Integer> statuses = new TreeMap<>();
        private final List<String> failures = new ArrayList<>();
        private int answered;
        private int badAnswers;

        void judge(String where, byte[] body, HttpResponse<String> response) {
            String problem;
            if (response == null) {
                // only a body over the limit may be cut short (LimitsTest proves its 413); anything else must be answered
                problem = body.length > MAX_BODY ? null : "the connection closed without an answer";
            } else {
                answered++;
                statuses.merge(response.statusCode(), 1, Integer::sum);
                problem = verdict(response);
            }
            if (problem != null) {
                badAnswers++;
                if (failures.size() < 20) {
                    failures.add(where + ": " + problem + "\n  body: " + preview(body));
                }
            }
        }

        void assertNoFailures() {
            assertTrue(failures.isEmpty(), badAnswers + " bad answers (by status " + statuses + "), first ones:\n"
                    + String.join("\n", failures));
        }

        private static String verdict(HttpResponse<String> response) {
            int status = response.statusCode();
            String text = response.body();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (status >= 500) {
                return "status " + status + " " + text;
            }
            if (text.contains("Exception") || text.contains("\tat ") || text.contains("org.hibernate")
                    || text.contains("java.") || text.contains("org.pikir") || text.contains("io.quarkus")) {
                return "leaks internals: " + text;
            }
            if (status >= 400 && !contentType.startsWith("application/problem+json")) {
                return "status " + status + " without a problem document: " + contentType + " " + text;
            }
            return null;
        }

        private static String preview(byte[] body) {
            String text = new String(body, StandardCharsets.UTF_8);
            return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text;
        }
    }

    /** Header values are sent decoded; a value that does not decode is sent as it is. */
    private static final class URLDecoderSafe {
        static String decode(String value) {
            try {
                return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
    }
}
