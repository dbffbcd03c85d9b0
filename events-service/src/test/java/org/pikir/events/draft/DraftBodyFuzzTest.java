package org.pikir.events.draft;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;
import org.pikir.platform.testing.security.BodyFuzzer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed and odd bodies, bent from valid ones, against the drafts' JSON writes as an editor: each answers below 500,
 * every refusal is a problem document, and no answer leaks internals.
 */
@QuarkusTest
class DraftBodyFuzzTest {

    private static final int BODIES_PER_ENDPOINT = 400;

    private final HttpClient http = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI base;

    @Test
    void noBodyMakesTheDraftsFail() throws IOException, InterruptedException {
        String slug = TestDrafts.forum(true);
        long id = TestDrafts.importRussian(slug);
        String draft = "/api/events/" + slug + "/drafts/" + id;
        TestDrafts.publish(slug, id, 1);
        TestDrafts.editor().body("{}").when().post(draft + "/versions").then().statusCode(201);
        TestDrafts.editor().body("{\"kind\":\"PARAGRAPH\",\"number\":\"1.\",\"text\":\"Новая редакция.\"}")
                .when().put(draft + "/versions/2/units/article-1-p-1?language=ru").then().statusCode(200);

        String[][] endpoints = {
                {"PUT", draft + "/versions/2/units/article-2-p-1?language=ru",
                        "{\"kind\":\"PARAGRAPH\",\"number\":\"1.\",\"heading\":null,\"text\":\"Равенство всех участников.\"}"},
                {"POST", draft + "/versions", "{\"changeNote\":{\"ru\":\"Правка\",\"kk\":\"Түзету\"}}"},
                {"PUT", draft + "/versions/2/table/article-1-p-1",
                        "{\"justification\":{\"ru\":\"Обоснование\",\"en\":\"Why\"},\"recommendationIds\":[1,2]}"}};
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long seed = 20261205L;
        for (String[] call : endpoints) {
            BodyFuzzer fuzzer = new BodyFuzzer(call[2], seed++);
            for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
                byte[] body = fuzzer.next();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(call[1]))
                        .header("Authorization", "Bearer " + TestTokens.editor())
                        .header("Content-Type", "application/json")
                        .method(call[0], HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                statuses.merge(response.statusCode(), 1, Integer::sum);
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                boolean bad = response.statusCode() >= 500 || response.body().contains("Exception")
                        || response.body().contains("org.hibernate")
                        || response.statusCode() >= 400 && !contentType.startsWith("application/problem+json");
                if (bad && failures.size() < 20) {
                    failures.add(call[0] + " " + call[1] + ": " + response.statusCode() + " " + response.body()
                            + "\n  body: " + new String(body, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(statuses.keySet().stream().anyMatch(status -> status < 300), "nothing got through: " + statuses);
        assertTrue(statuses.keySet().stream().anyMatch(status -> status == 422), "no field was refused: " + statuses);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first ones:\n" + String.join("\n", failures));
    }
}
