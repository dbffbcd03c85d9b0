package org.pikir.gateway.draft;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.BackendCalls;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * A draft's pages cost a fixed number of backend calls whatever the draft holds: counted on the stub services for a
 * 300-article draft (1,200 units) with comments on every article. The draft page asks for the forum (with its ETag),
 * the text (only the first time: a published version never changes) and the counts; an article's page asks for the
 * forum, its threads and its recommendations, for a signed-in reader too (endorsements and report links included).
 */
@QuarkusTest
class DraftPageCostTest {

    private static final int ARTICLES = 300;

    private String slug;
    private String draft;

    @BeforeEach
    void aLargeDraft() {
        slug = "large-" + UUID.randomUUID().toString().substring(0, 8);
        draft = "/forums/" + slug + "/drafts/7";
        String almaty = Stubs.resource("almaty.json").replace(Stubs.ALMATY, slug);
        Stubs.events().register(get(urlPathEqualTo("/api/events/" + slug)).willReturn(Stubs.json(200,
                almaty.substring(0, almaty.lastIndexOf('}')) + """
                        ,"drafts":[{"id":7,"title":{"ru":"Большой кодекс"},"languages":["ru"],"demonstration":false,
                          "currentVersion":1,"articleCount":300}]}""")));
        List<Map<String, Object>> units = new ArrayList<>();
        List<Map<String, Object>> counts = new ArrayList<>();
        for (int a = 1; a <= ARTICLES; a++) {
            String article = "article-" + a;
            units.add(unit(article, article, "ARTICLE", "Статья " + a, "Заголовок " + a, "", 0, units.size()));
            for (int p = 1; p <= 3; p++) {
                units.add(unit(article + "-p-" + p, article, "PARAGRAPH", p + ".", null,
                        "Текст пункта " + p + " статьи " + a + ".", 1, units.size()));
                counts.add(Map.of("passage", article + "-p-" + p, "article", article, "comments", a % 7 + p,
                        "recommendations", a % 3));
            }
        }
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("draftId", 7);
        text.put("version", 1);
        text.put("status", "PUBLISHED");
        text.put("language", "ru");
        text.put("languages", List.of("ru"));
        text.put("demonstration", false);
        text.put("title", Map.of("ru", "Большой кодекс"));
        text.put("units", units);
        Stubs.events().register(get(urlPathEqualTo("/api/events/" + slug + "/drafts/7/versions/1"))
                .willReturn(Stubs.json(200, Stubs.write(text))));
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/drafts/7/counts"))
                .withQueryParam("event", WireMock.equalTo(slug))
                .willReturn(Stubs.json(200, Stubs.write(Map.of("draftId", 7, "passages", counts)))));
        List<String> threads = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            threads.add(DraftStubs.comment(1000 + i, slug, "article-150-p-" + (i % 3 + 1), 1, null, "Комментарий " + i)
                    .replace("\"article\":\"article-1\"", "\"article\":\"article-150\""));
        }
        DraftStubs.threads(slug, "article-150", "[" + String.join(",", threads) + "]");
        DraftStubs.recommendations(slug, "article-150", "[]");
    }

    @Test
    void theDraftPageCostsTheForumTheCountsAndTheTextOnlyOnce() {
        String page = draft + "?page=8";
        List<String> first = callsFor(page);
        assertThat(first, containsInAnyOrder("events GET /api/events/" + slug,
                "events GET /api/events/" + slug + "/drafts/7/versions/1",
                "feedback GET /api/feedback/drafts/7/counts"));

        List<String> again = callsFor(draft + "?page=15");
        assertThat("the published text is kept", again, containsInAnyOrder("events GET /api/events/" + slug,
                "feedback GET /api/feedback/drafts/7/counts"));

        String html = given().header("Accept-Language", "en").when().get(page).then().statusCode(200).extract().asString();
        assertThat("page 8 holds articles 141 to 160", html, containsString("id=\"article-141\""));
        assertThat(html, containsString("id=\"article-160-p-3\""));
        assertThat(html, not(containsString("id=\"article-161\"")));
        assertThat("the contents list all 300 articles", html, containsString("<a href=\"" + draft + "?page=15#article-300\">"));
        assertThat(html, containsString("<a href=\"" + draft + "#article-1\">"));
    }

    @Test
    void anArticlePageCostsTheForumItsThreadsAndItsRecommendations() {
        callsFor(draft + "/articles/article-150");
        List<String> calls = callsFor(draft + "/articles/article-150");

        assertThat(calls, containsInAnyOrder("events GET /api/events/" + slug, "feedback GET " + Stubs.THREADS,
                "feedback GET /api/feedback/recommendations"));
    }

    @Test
    void aSignedInReadersArticlePageCostsNoMore() {
        // whether they endorse each recommendation and which are theirs comes in the same page of recommendations
        String session = SignIn.asCitizen();
        callsFor(draft + "/articles/article-150");
        List<String> calls = BackendCalls.callsFor(given().cookie(SignIn.SESSION_COOKIE, session)
                .header("Accept-Language", "en"), draft + "/articles/article-150");

        assertThat(calls, containsInAnyOrder("events GET /api/events/" + slug, "feedback GET " + Stubs.THREADS,
                "feedback GET /api/feedback/recommendations"));
    }

    private static List<String> callsFor(String path) {
        return BackendCalls.callsFor(given().header("Accept-Language", "en"), path);
    }

    private static Map<String, Object> unit(String key, String article, String kind, String number, String heading,
                                            String text, int depth, int position) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("key", key);
        unit.put("articleKey", article);
        unit.put("kind", kind);
        unit.put("number", number);
        unit.put("heading", heading);
        unit.put("text", text);
        unit.put("depth", depth);
        unit.put("position", position);
        unit.put("revisedIn", 1);
        return unit;
    }
}
