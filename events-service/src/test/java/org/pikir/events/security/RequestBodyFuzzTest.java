package org.pikir.events.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;
import org.pikir.platform.testing.security.BodyFuzzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of malformed and odd bodies, bent from valid ones, against every JSON write of
 * events-service as an editor: each answers below 500, a refusal is a problem document, and no
 * answer leaks a stack trace.
 */
@QuarkusTest
class RequestBodyFuzzTest {

    private static final int BODIES_PER_ENDPOINT = 1_000;
    private static final long SEED = 20260225L;

    // the JDK client, not REST Assured: ten thousand requests should take seconds, not minutes
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token = TestTokens.editor();

    @TestHTTPResource("/")
    URI base;

    private String slug;
    private long participant;
    private long session;
    private long statement;

    private void aDraftForum() {
        slug = "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
        editor().body(event(slug)).when().post("/api/events").then().statusCode(201);
        participant = created("participants", "{\"name\":\"Сәуле Ғабитқызы\",\"role\":\"SPEAKER\"}");
        session = created("agenda", "{\"title\":{\"kk\":\"Ашылу\"},\"kind\":\"OPENING\",\"participantIds\":[%d]}".formatted(participant));
        editor().body("{\"slug\":\"%s\",\"name\":{\"kk\":\"Т\",\"ru\":\"Т\",\"en\":\"T\"}}".formatted(slug))
                .when().post("/api/events/topics").then().statusCode(201);
        statement = created("statements", "{\"participantId\":%d,\"agendaItemId\":%d,\"text\":\"Сөз.\",\"language\":\"kk\"}"
                .formatted(participant, session));
    }

    @Test
    void noBodyMakesTheServiceFail() {
        aDraftForum();
        Map<String, String[]> endpoints = new LinkedHashMap<>();
        String base = "/api/events/" + slug;
        endpoints.put("POST /api/events", new String[] {"POST", "/api/events", event("fuzzed-new-forum")});
        endpoints.put("PUT {slug}", new String[] {"PUT", base, event(slug)});
        endpoints.put("POST participants", new String[] {"POST", base + "/participants",
                "{\"name\":\"Ерлан\",\"position\":{\"ru\":\"Политолог\"},\"organisation\":{\"kk\":\"Академия\"},\"role\":\"EXPERT\"}"});
        endpoints.put("PUT participants/{id}", new String[] {"PUT", base + "/participants/" + participant,
                "{\"name\":\"Сәуле\",\"role\":\"SPEAKER\"}"});
        endpoints.put("PUT participants/order", new String[] {"PUT", base + "/participants/order", "{\"ids\":[%d]}".formatted(participant)});
        endpoints.put("POST agenda", new String[] {"POST", base + "/agenda",
                "{\"title\":{\"ru\":\"Панель\"},\"kind\":\"PANEL\",\"startsAt\":\"2027-03-10T05:00:00Z\",\"participantIds\":[%d]}"
                        .formatted(participant)});
        endpoints.put("POST statements", new String[] {"POST", base + "/statements",
                "{\"participantId\":%d,\"agendaItemId\":%d,\"text\":\"Мнение.\",\"language\":\"ru\"}".formatted(participant, session)});
        endpoints.put("PUT statements/{id}", new String[] {"PUT", base + "/statements/" + statement,
                "{\"participantId\":%d,\"text\":\"Мнение.\",\"language\":\"ru\"}".formatted(participant)});
        endpoints.put("PUT outcome", new String[] {"PUT", base + "/outcome", "{\"texts\":{\"ru\":\"Итог\",\"en\":\"Outcome\"}}"});
        endpoints.put("PUT statements/{id}/translations/en", new String[] {"PUT",
                base + "/statements/" + statement + "/translations/en", "{\"text\":\"A word.\"}"});
        endpoints.put("POST topics", new String[] {"POST", "/api/events/topics",
                "{\"slug\":\"%s\",\"name\":{\"kk\":\"Тақырып\",\"ru\":\"Тема\",\"en\":\"Topic\"}}".formatted(slug)});
        endpoints.put("PUT topics/{slug}", new String[] {"PUT", "/api/events/topics/" + slug,
                "{\"name\":{\"kk\":\"Жаңа тақырып\",\"ru\":\"Новая тема\",\"en\":\"New topic\"}}"});
        endpoints.put("POST consultation/open", new String[] {"POST", base + "/consultation/open",
                "{\"opensAt\":\"2027-03-10T05:00:00Z\",\"closesAt\":\"2027-04-10T05:00:00Z\"}"});

        List<String> failures = new ArrayList<>();
        int sent = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        long seed = SEED;
        for (Map.Entry<String, String[]> endpoint : endpoints.entrySet()) {
            String[] call = endpoint.getValue();
            BodyFuzzer fuzzer = new BodyFuzzer(call[2], seed++);
            for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
                byte[] body = fuzzer.next();
                HttpResponse<String> response = send(call[0], call[1], body);
                sent++;
                statuses.merge(response.statusCode(), 1, Integer::sum);
                String problem = judge(response);
                if (problem != null && failures.size() < 20) {
                    failures.add(endpoint.getKey() + " #" + i + " (seed " + (seed - 1) + "): " + problem + "\n  body: "
                            + preview(body));
                }
            }
        }
        assertTrue(sent >= 10_000, "only " + sent + " bodies sent");
        // both sides of validation were reached: the fuzz is not refused wholesale at the door
        assertTrue(statuses.getOrDefault(400, 0) > sent / 2, "answers by status: " + statuses);
        assertTrue(statuses.keySet().stream().anyMatch(status -> status < 300), "nothing got through: " + statuses);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first ones:\n" + String.join("\n", failures));
    }

    private HttpResponse<String> send(String method, String path, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String judge(HttpResponse<String> response) {
        int status = response.statusCode();
        String text = response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return "status " + status + " " + text;
        }
        if (text.contains("Exception") || text.contains("\tat ") || text.contains("org.hibernate") || text.contains("java.")) {
            return "leaks internals: " + text;
        }
        if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            return "status " + status + " without a problem document: " + contentType;
        }
        return null;
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text;
    }

    private long created(String part, String json) {
        return editor().body(json).when().post("/api/events/" + slug + "/" + part)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String event(String slug) {
        return """
                {"slug":"%s","title":{"ru":"Форум","kk":"Форум"},"summary":{"en":"A forum"},"kind":"FORUM","format":"IN_PERSON",
                 "topics":["constitution"],"city":"Алматы","venue":"Зал","date":"2027-03-10",
                 "startsAt":"2027-03-10T05:00:00Z","endsAt":"2027-03-10T09:00:00Z","timeZone":"Asia/Almaty"}
                """.formatted(slug);
    }

    private static RequestSpecification editor() {
        return given().auth().oauth2(TestTokens.editor()).contentType("application/json");
    }
}
