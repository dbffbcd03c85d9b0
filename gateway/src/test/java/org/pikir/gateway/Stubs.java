package org.pikir.gateway;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;

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

    /** The Almaty forum (all three languages, open) and a Russian-only one (closed), with two comments. */
    public static void forums() {
        WireMock events = events();
        events.register(get(urlPathEqualTo("/api/events")).willReturn(json(200, """
                {"items":[%s,%s],"page":0,"size":100,"totalItems":2,"totalPages":1}
                """.formatted(almatySummary(), russianOnlySummary()))));
        events.register(get(urlPathEqualTo("/api/events/" + ALMATY)).willReturn(json(200, """
                {"slug":"%s","title":%s,"summary":{"ru":"Обсуждение поправок к Конституции.","en":"A discussion of amendments."},
                 "city":"Алматы","venue":"Дворец Республики","organiser":null,"source":"https://www.akorda.kz/ru/forum",
                 "date":"2026-02-25","startsAt":"2026-02-25T05:00:00Z","endsAt":"2026-02-25T09:00:00Z",
                 "timeZone":"Asia/Almaty","status":"PUBLISHED","consultation":%s,
                 "createdAt":"2026-01-10T10:00:00Z","updatedAt":"2026-01-10T10:00:00Z"}
                """.formatted(ALMATY, almatyTitle(), openConsultation(ALMATY)))));
        events.register(get(urlPathEqualTo("/api/events/" + RUSSIAN_ONLY)).willReturn(json(200, """
                {"slug":"%s","title":{"ru":"Общественные слушания по бюджету"},"summary":{},
                 "city":"Астана","venue":null,"organiser":"Маслихат города Астаны","source":"Протокол слушаний",
                 "date":"2026-03-10","timeZone":"Asia/Almaty","status":"PUBLISHED","consultation":%s}
                """.formatted(RUSSIAN_ONLY, closedConsultation(RUSSIAN_ONLY)))));
        feedback().register(get(urlPathEqualTo("/api/feedback/comments")).willReturn(json(200, """
                {"items":[
                  {"id":1,"eventSlug":"%1$s","body":"Поддерживаю поправки","language":"ru","authorName":"Асель",
                   "status":"PUBLISHED","createdAt":"2026-03-01T10:00:00Z"},
                  {"id":2,"eventSlug":"%1$s","body":"%2$s","language":"en","authorName":"Mallory <b>bold</b>",
                   "status":"PUBLISHED","createdAt":"2026-03-02T10:00:00Z"}],
                 "page":0,"size":100,"totalItems":2,"totalPages":1}
                """.formatted(ALMATY, SCRIPT_COMMENT.replace("\"", "\\\"")))));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String almatySummary() {
        return """
                {"slug":"%s","title":%s,"summary":{"ru":"Обсуждение поправок."},"city":"Алматы","date":"2026-02-25",
                 "status":"PUBLISHED","consultation":%s}""".formatted(ALMATY, almatyTitle(), openConsultation(ALMATY));
    }

    private static String russianOnlySummary() {
        return """
                {"slug":"%s","title":{"ru":"Общественные слушания по бюджету"},"summary":{},"city":"Астана",
                 "date":"2026-03-10","status":"PUBLISHED","consultation":%s}"""
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
