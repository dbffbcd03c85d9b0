package org.pikir.gateway;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** Clients for the stub services of {@link StubServices}, and the forums and comments the page tests read. */
public final class Stubs {

    public static final String ALMATY = "almaty-2026-02-25-constitutional-reform";
    public static final String RUSSIAN_ONLY = "astana-2026-03-10-budget-hearing";
    public static final String SCRIPT_COMMENT = "<script>alert(1)</script>";
    public static final String THREADS = "/api/feedback/comments/threads";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Stubs() {
    }

    public static WireMock events() {
        return client("pikir.gateway.events-url");
    }

    public static WireMock feedback() {
        return client("pikir.gateway.feedback-url");
    }

    /** events-service's management interface, where the gateway asks whether it is ready. */
    public static WireMock eventsManagement() {
        return client("pikir.gateway.events-management-url");
    }

    public static WireMock feedbackManagement() {
        return client("pikir.gateway.feedback-management-url");
    }

    public static WireMock identity() {
        return client("quarkus.oidc.auth-server-url");
    }

    public static String identityUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    /**
     * The Almaty forum (all three languages, open, its whole record with a material's versions and the
     * history) and a Russian-only one (closed, with materials whose addresses must not become links),
     * with three comments on Almaty (feedback-service's threads), one about a statement.
     */
    public static void forums() {
        WireMock events = events();
        events.register(get(urlPathEqualTo("/api/events")).willReturn(json(200, """
                {"items":[%s,%s],"page":0,"size":100,"totalItems":2,"totalPages":1}
                """.formatted(almatySummary(), russianOnlySummary()))));
        // the Almaty forum as events-service really publishes it (agenda, five participants, statements, materials)
        events.register(get(urlPathEqualTo("/api/events/" + ALMATY)).willReturn(json(200, resource("almaty.json"))));
        events.register(get(urlPathEqualTo("/api/events/" + ALMATY + "/materials/1"))
                .willReturn(json(200, resource("almaty-material-1.json"))));
        events.register(get(urlPathEqualTo("/api/events/" + ALMATY + "/history"))
                .willReturn(json(200, resource("almaty-history.json"))));
        events.register(get(urlPathEqualTo("/api/events/" + RUSSIAN_ONLY)).willReturn(json(200, """
                {"slug":"%s","title":{"ru":"Общественные слушания по бюджету"},"summary":{},"kind":"HEARING",
                 "format":"HYBRID","topics":["budget"],"city":"Астана","venue":null,"organiser":"Маслихат города Астаны","source":"Протокол слушаний",
                 "date":"2026-03-10","timeZone":"Asia/Almaty","status":"PUBLISHED","consultation":%s,
                 "materials":[
                   {"id":7,"kind":"DOCUMENT","title":{"ru":"Проект бюджета"},"language":"ru","currentVersion":1,
                    "file":{"name":"budget.pdf","mediaType":"application/pdf","size":1572864,"sha256":"00",
                            "url":"https://evil.example/budget.pdf"},"link":null},
                   {"id":8,"kind":"VIDEO","title":{"ru":"Запись слушаний"},"language":"ru","currentVersion":1,
                    "file":null,"link":"javascript:alert(1)"}]}
                """.formatted(RUSSIAN_ONLY, closedConsultation(RUSSIAN_ONLY)))));
        commentThreads(ALMATY, """
                [{"id":3,"eventSlug":"%1$s","statementId":1,"materialId":null,"body":"Согласен с этим выступлением",
                  "language":"ru","authorName":"Ерлан","status":"PUBLISHED","createdAt":"2026-03-03T10:00:00Z"},
                 {"id":1,"eventSlug":"%1$s","body":"Поддерживаю поправки","language":"ru","authorName":"Асель",
                  "status":"PUBLISHED","createdAt":"2026-03-01T10:00:00Z"},
                 {"id":2,"eventSlug":"%1$s","body":"%2$s","language":"en","authorName":"Mallory <b>bold</b>",
                  "status":"PUBLISHED","createdAt":"2026-03-02T10:00:00Z"}]
                """.formatted(ALMATY, SCRIPT_COMMENT.replace("\"", "\\\"")));
    }

    /**
     * Stubs feedback-service's comment threads of forum {@code slug} (first page, newest and oldest first) from a flat
     * JSON array of comments as feedback-service stores them: each reply (with {@code parentId}) goes into its
     * thread at its depth, in the order written. Every thread is on the one page.
     */
    public static void commentThreads(String slug, String flatComments) {
        List<Map<String, Object>> comments = read(flatComments);
        for (boolean oldestFirst : new boolean[] {false, true}) {
            feedback().register(get(urlPathEqualTo(THREADS))
                    .withQueryParam("event", equalTo(slug))
                    .withQueryParam("order", equalTo(oldestFirst ? "oldest" : "newest"))
                    .withQueryParam("after", absent())
                    .willReturn(json(200, threadPage(threads(comments, oldestFirst), null, comments.size()))));
        }
    }

    /** feedback-service's threads of a flat list of comments (see {@link #commentThreads}), newest or oldest first. */
    public static List<Map<String, Object>> threads(List<Map<String, Object>> comments, boolean oldestFirst) {
        Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
        comments.forEach(c -> byId.put(c.get("id"), c));
        Comparator<Map<String, Object>> written = Comparator.comparing((Map<String, Object> c) -> (String) c.get("createdAt"))
                .thenComparing(c -> ((Number) c.get("id")).longValue());
        List<Map<String, Object>> threads = new ArrayList<>();
        for (Map<String, Object> root : comments.stream().filter(c -> c.get("parentId") == null).sorted(written).toList()) {
            List<Map<String, Object>> replies = new ArrayList<>();
            for (Map<String, Object> comment : comments.stream().sorted(written).toList()) {
                int depth = 0;
                Object up = comment.get("id");
                while (up != null && !up.equals(root.get("id"))) {
                    Map<String, Object> parent = byId.get(up);
                    if (parent == null) {
                        throw new IllegalArgumentException("No comment " + up + " in " + comments);
                    }
                    up = parent.get("parentId");
                    depth++;
                }
                if (up != null && depth > 0) {
                    Map<String, Object> reply = new LinkedHashMap<>(comment);
                    reply.put("depth", Math.min(depth, 3));
                    replies.add(reply);
                }
            }
            Map<String, Object> thread = new LinkedHashMap<>(root);
            thread.put("parentId", null);
            thread.put("replies", replies.subList(0, Math.min(replies.size(), 20)));
            thread.put("replyCount", replies.size());
            thread.put("moreReplies", replies.size() > 20 ? "R" + root.get("id") : null);
            threads.add(thread);
        }
        if (!oldestFirst) {
            Collections.reverse(threads);
        }
        return threads;
    }

    /** One page of threads as feedback-service answers it; {@code totalComments} counts replies too. */
    public static String threadPage(List<Map<String, Object>> threads, String nextCursor, long totalComments) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", threads);
        page.put("nextCursor", nextCursor);
        page.put("totalComments", totalComments);
        page.put("totalThreads", threads.size());
        return write(page);
    }

    public static List<Map<String, Object>> read(String jsonArray) {
        try {
            return JSON.readValue(jsonArray, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Almaty forum's record (as events-service publishes it) under a slug of its own, for a test whose comments
     * or recommendations differ from {@link #forums()}: pages without a session are shared for a moment, so this
     * test must not read a forum page another test has just been shown.
     */
    public static String forumOfItsOwn(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        events().register(get(urlPathEqualTo("/api/events/" + slug))
                .willReturn(json(200, resource("almaty.json").replace(ALMATY, slug))));
        return slug;
    }

    /** Empty moderation and review queues, for tests that only open the admin console's pages. */
    public static void staffQueues() {
        feedback().register(get(urlPathEqualTo("/api/feedback/moderation/queue")).atPriority(10)
                .willReturn(json(200, "{\"items\":[],\"nextCursor\":null}")));
        feedback().register(get(urlPathEqualTo("/api/feedback/review/queue")).atPriority(10)
                .willReturn(json(200, "{\"items\":[],\"nextCursor\":null}")));
    }

    /** A stub answer kept under {@code src/test/resources/stubs/}. */
    public static String resource(String name) {
        try (InputStream in = Stubs.class.getResourceAsStream("/stubs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No stub resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String almatySummary() {
        return """
                {"slug":"%s","title":%s,"summary":{"ru":"Обсуждение поправок."},"kind":"FORUM","format":"IN_PERSON",
                 "topics":["constitution","referendum","public-administration"],
                 "city":{"kk":"Алматы","ru":"Алматы","en":"Almaty"},"date":"2026-02-25",
                 "status":"PUBLISHED","consultation":%s}""".formatted(ALMATY, almatyTitle(), openConsultation(ALMATY));
    }

    private static String russianOnlySummary() {
        return """
                {"slug":"%s","title":{"ru":"Общественные слушания по бюджету"},"summary":{},"kind":"HEARING",
                 "format":"HYBRID","topics":["budget"],"city":"Астана","date":"2026-03-10","status":"PUBLISHED",
                 "consultation":%s}"""
                .formatted(RUSSIAN_ONLY, closedConsultation(RUSSIAN_ONLY));
    }

    private static String almatyTitle() {
        return """
                {"kk":"Конституциялық реформа – елдің ұзақ мерзімді дамуының негізі",
                 "ru":"Конституционная реформа – основа долгосрочного развития страны",
                 "en":"Constitutional reform: the basis of the country's long-term development"}""";
    }

    private static String openConsultation(String slug) {
        return """
                {"slug":"%s","status":"PUBLISHED","open":true,"opensAt":"2026-02-25T04:00:00Z",
                 "closesAt":"2099-02-25T18:59:59Z"}""".formatted(slug);
    }

    private static String closedConsultation(String slug) {
        return """
                {"slug":"%s","status":"PUBLISHED","open":false,"opensAt":"2026-03-01T00:00:00Z",
                 "closesAt":"2026-03-20T00:00:00Z"}""".formatted(slug);
    }

    private static WireMock client(String key) {
        URI uri = URI.create(ConfigProvider.getConfig().getValue(key, String.class));
        return new WireMock(uri.getHost(), uri.getPort());
    }
}
