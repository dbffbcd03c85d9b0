package org.pikir.gateway.draft;

import org.pikir.gateway.Stubs;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A forum of its own with one published demonstration draft (id 7, versions 1 and 2 in Russian and Kazakh) as
 * events-service lists it, its texts, and feedback-service's counts, threads and recommendations on it.
 */
final class DraftStubs {

    static final long DRAFT = 7;
    static final String TITLE_RU = "Проект рекомендаций экспертного форума";
    static final String TITLE_KK = "Сарапшылар форумы ұсынымдарының жобасы";

    private DraftStubs() {
    }

    /** A forum (the Almaty record under a slug of its own) whose draft 7 has {@code versions} published versions. */
    static String forum(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String almaty = Stubs.resource("almaty.json").replace(Stubs.ALMATY, slug);
        String withDrafts = almaty.substring(0, almaty.lastIndexOf('}')) + """
                ,"drafts":[{"id":%d,"title":{"ru":"%s","kk":"%s"},"languages":["ru","kk"],"demonstration":true,
                  "currentVersion":2,"editingVersion":null,"articleCount":3,"updatedAt":"2026-03-01T10:00:00Z"},
                 {"id":8,"title":{"ru":"Черновик в работе"},"languages":["ru"],"demonstration":false,
                  "currentVersion":null,"editingVersion":1,"articleCount":0}]}
                """.formatted(DRAFT, TITLE_RU, TITLE_KK);
        Stubs.events().register(get(urlPathEqualTo("/api/events/" + slug)).willReturn(Stubs.json(200, withDrafts)));
        texts(slug);
        return slug;
    }

    /** Versions 1 and 2 of the draft in Russian, and in "Kazakh" (the same words); there is no English text. */
    static void texts(String slug) {
        for (int version = 1; version <= 2; version++) {
            String russian = Stubs.resource("draft-text-v" + version + ".json");
            Stubs.events().register(get(urlPathEqualTo(textPath(slug, version)))
                    .withQueryParam("language", equalTo("ru"))
                    .willReturn(Stubs.json(200, russian)));
            Stubs.events().register(get(urlPathEqualTo(textPath(slug, version)))
                    .withQueryParam("language", equalTo("kk"))
                    .willReturn(Stubs.json(200, russian.replace("\"language\": \"ru\"", "\"language\": \"kk\""))));
        }
    }

    static String textPath(String slug, int version) {
        return "/api/events/" + slug + "/drafts/" + DRAFT + "/versions/" + version;
    }

    static void counts(String slug, String passagesJson) {
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/drafts/" + DRAFT + "/counts"))
                .withQueryParam("event", equalTo(slug))
                .willReturn(Stubs.json(200, "{\"draftId\":" + DRAFT + ",\"passages\":" + passagesJson + "}")));
    }

    static void threads(String slug, String article, String itemsJson) {
        Stubs.feedback().register(get(urlPathEqualTo(Stubs.THREADS))
                .withQueryParam("event", equalTo(slug))
                .withQueryParam("draftId", equalTo(String.valueOf(DRAFT)))
                .withQueryParam("article", equalTo(article))
                .willReturn(Stubs.json(200, "{\"items\":" + itemsJson + ",\"nextCursor\":null,\"totalComments\":2,"
                        + "\"totalThreads\":2}")));
    }

    static void recommendations(String slug, String article, String itemsJson) {
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/recommendations"))
                .withQueryParam("event", equalTo(slug))
                .withQueryParam("draftId", equalTo(String.valueOf(DRAFT)))
                .withQueryParam("article", equalTo(article))
                .willReturn(Stubs.json(200, "{\"items\":" + itemsJson + ",\"page\":0,\"size\":10,\"totalItems\":1,"
                        + "\"totalPages\":1}")));
    }

    /** A comment on {@code passage} of article 1 made on {@code version}, quoting {@code quote}. */
    static String comment(long id, String slug, String passage, int version, String quote, String body) {
        return """
                {"id":%d,"eventSlug":"%s","body":"%s","language":"ru","authorName":"Асель","status":"PUBLISHED",
                 "createdAt":"2026-03-02T10:00:00Z","replies":[],"replyCount":0,"moreReplies":null,
                 "draftId":7,"draftVersion":%d,"passage":"%s","article":"article-1","quote":%s}"""
                .formatted(id, slug, body, version, passage, quote == null ? "null" : "\"" + quote + "\"");
    }
}
