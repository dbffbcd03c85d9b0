package org.pikir.feedback.event;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/** Makes events on the stand-in events-service for a test to own. */
public final class OpenEvents {

    private OpenEvents() {
    }

    public static String open(WireMockServer events) {
        return stub(events, Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(30, ChronoUnit.DAYS), true);
    }

    public static String stub(WireMockServer events, Instant opens, Instant closes, boolean open) {
        String slug = "forum-" + UUID.randomUUID().toString().substring(0, 8);
        events.stubFor(get(urlEqualTo("/api/events/" + slug + "/consultation")).willReturn(okJson("""
                {"slug":"%s","status":"PUBLISHED","open":%s,"opensAt":"%s","closesAt":"%s"}
                """.formatted(slug, open, opens, closes))));
        return slug;
    }

    /** Closes the consultation of an event made here, as if its window had ended an hour ago. */
    public static void close(WireMockServer events, String slug) {
        events.stubFor(get(urlEqualTo("/api/events/" + slug + "/consultation")).willReturn(okJson("""
                {"slug":"%s","status":"PUBLISHED","open":false,"opensAt":"%s","closesAt":"%s"}
                """.formatted(slug, Instant.now().minus(2, ChronoUnit.DAYS), Instant.now().minus(1, ChronoUnit.HOURS)))));
    }
}
