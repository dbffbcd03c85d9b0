package org.pikir.gateway;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** Clients for the stub services of {@link StubServices}, and the forums and comments the page tests read. */
public final class Stubs {

    public static final String ALMATY = "almaty-2026-02-25-constitutional-reform";
    public static final String RUSSIAN_ONLY = "astana-2026-03-10-budget-hearing";
    public static final String SCRIPT_COMMENT = "<script>alert(1)</script>";

    private Stubs() {
    }

    public static WireMock events() {
        return client("pikir.gateway.events-url");
    }

    public static WireMock feedback() {
        return client("pikir.gateway.feedback-url");
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
     * with three comments on Almaty, one about a statement.
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
        feedback().register(get(urlPathEqualTo("/api/feedback/comments")).willReturn(json(200, """
                {"items":[
                  {"id":3,"eventSlug":"%1$s","statementId":1,"materialId":null,"body":"Согласен с этим выступлением",
                   "language":"ru","authorName":"Ерлан","status":"PUBLISHED","createdAt":"2026-03-03T10:00:00Z"},
                  {"id":1,"eventSlug":"%1$s","body":"Поддерживаю поправки","language":"ru","authorName":"Асель",
                   "status":"PUBLISHED","createdAt":"2026-03-01T10:00:00Z"},
                  {"id":2,"eventSlug":"%1$s","body":"%2$s","language":"en","authorName":"Mallory <b>bold</b>",
                   "status":"PUBLISHED","createdAt":"2026-03-02T10:00:00Z"}],
                 "page":0,"size":100,"totalItems":3,"totalPages":1}
                """.formatted(ALMATY, SCRIPT_COMMENT.replace("\"", "\\\"")))));
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
                 "topics":["constitution","referendum","public-administration"],"city":"Алматы","date":"2026-02-25",
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
