package org.pikir.feedback.event;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Makes events on the stand-in events-service for a test to own. feedback-service asks for the whole forum
 * ({@code GET /api/events/{slug}}): its consultation window, statements and materials.
 */
public final class OpenEvents {

    private OpenEvents() {
    }

    public static String open(WireMockServer events) {
        return stub(events, Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(30, ChronoUnit.DAYS), true);
    }

    public static String stub(WireMockServer events, Instant opens, Instant closes, boolean open) {
        String slug = "forum-" + UUID.randomUUID().toString().substring(0, 8);
        forum(events, slug, open, opens, closes, List.of(), List.of());
        return slug;
    }

    /** An open event whose statements and materials have these ids. */
    public static String citing(WireMockServer events, List<Long> statements, List<Long> materials) {
        String slug = "forum-" + UUID.randomUUID().toString().substring(0, 8);
        forum(events, slug, true, Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(30, ChronoUnit.DAYS),
                statements, materials);
        return slug;
    }

    /** Closes the consultation of an event made here, as if its window had ended an hour ago. */
    public static void close(WireMockServer events, String slug) {
        forum(events, slug, false, Instant.now().minus(2, ChronoUnit.DAYS), Instant.now().minus(1, ChronoUnit.HOURS),
                List.of(), List.of());
    }

    /** No published event has this slug. */
    public static void unknown(WireMockServer events, String slug) {
        events.stubFor(get(urlEqualTo(path(slug))).willReturn(aResponse().withStatus(404)));
    }

    /** The whole forum as events-service answers it, with fields feedback-service does not read, as the real one has. */
    public static void forum(WireMockServer events, String slug, boolean open, Instant opens, Instant closes,
                             List<Long> statements, List<Long> materials) {
        events.stubFor(get(urlEqualTo(path(slug))).willReturn(okJson("""
                {"slug":"%1$s","title":{"ru":"Форум"},"status":"PUBLISHED",
                 "consultation":{"slug":"%1$s","status":"PUBLISHED","open":%2$s,"opensAt":"%3$s","closesAt":"%4$s"},
                 "agenda":[],"participants":[],"statements":[%5$s],"materials":[%6$s]}
                """.formatted(slug, open, opens, closes, parts(statements, "\"text\":\"Сказано\""),
                parts(materials, "\"kind\":\"LINK\",\"link\":\"https://example.test\"")))));
    }

    public static String path(String slug) {
        return "/api/events/" + slug;
    }

    private static String parts(List<Long> ids, String more) {
        return ids.stream().map(id -> "{\"id\":" + id + "," + more + "}").collect(Collectors.joining(","));
    }
}
