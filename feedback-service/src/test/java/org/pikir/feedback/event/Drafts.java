package org.pikir.feedback.event;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.util.concurrent.ThreadLocalRandom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Draft documents on the stand-in events-service, as its answers look ({@code GET /api/events/{slug}/drafts/{id}} and
 * {@code …/versions/{n}/units/{key}}), with fields feedback-service does not read, as the real ones have.
 */
public final class Drafts {

    private Drafts() {
    }

    /** A fresh draft id, so tests sharing the stand-in never answer for each other's drafts. */
    public static long newId() {
        return ThreadLocalRandom.current().nextLong(1_000, 1_000_000_000);
    }

    /** Draft {@code id} of forum {@code slug} with versions 1 to {@code published} published and one more in editing. */
    public static void draft(WireMockServer events, String slug, long id, int published) {
        StringBuilder versions = new StringBuilder();
        for (int n = published; n >= 1; n--) {
            versions.append(versions.isEmpty() ? "" : ",").append("""
                    {"number":%d,"status":"PUBLISHED","publishedAt":"2026-02-2%dT10:00:00Z","changeNote":{},"languages":["ru","kk"]}"""
                    .formatted(n, n));
        }
        events.stubFor(get(urlEqualTo(path(slug, id))).willReturn(okJson("""
                {"id":%d,"title":{"ru":"Проект рекомендаций","kk":"Ұсынымдар жобасы"},"languages":["ru","kk"],
                 "demonstration":true,"currentVersion":%d,"editingVersion":null,"articleCount":8,
                 "updatedAt":"2026-02-25T10:00:00Z","versions":[%s]}""".formatted(id, published, versions))));
    }

    /** No draft {@code id} that the public may read on forum {@code slug}. */
    public static void unknown(WireMockServer events, String slug, long id) {
        events.stubFor(get(urlEqualTo(path(slug, id))).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://pikir.org/problems/not-found\",\"status\":404}")));
    }

    /** events-service fails on draft {@code id}. */
    public static void failing(WireMockServer events, String slug, long id) {
        events.stubFor(get(urlEqualTo(path(slug, id))).willReturn(aResponse().withStatus(500)));
    }

    /** Unit {@code key} of the draft's version {@code version}, in article {@code article} (or null), in ru and kk. */
    public static void unit(WireMockServer events, String slug, long id, int version, String key, String article,
                            String ru, String kk) {
        events.stubFor(get(urlEqualTo(unitPath(slug, id, version, key))).willReturn(okJson("""
                {"key":"%s","articleKey":%s,"kind":"PARAGRAPH","number":"1.","heading":null,
                 "text":{"ru":"%s","kk":"%s"},"revisedIn":{"ru":%d,"kk":%d}}"""
                .formatted(key, article == null ? "null" : "\"" + article + "\"", ru, kk, version, version))));
    }

    /** The draft's version {@code version} has no unit {@code key}. */
    public static void noUnit(WireMockServer events, String slug, long id, int version, String key) {
        events.stubFor(get(urlEqualTo(unitPath(slug, id, version, key))).willReturn(aResponse().withStatus(404)));
    }

    private static String path(String slug, long id) {
        return "/api/events/" + slug + "/drafts/" + id;
    }

    private static String unitPath(String slug, long id, int version, String key) {
        return path(slug, id) + "/versions/" + version + "/units/" + key;
    }
}
