package org.pikir.gateway.report;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * A forum's public moderation log: counts of hidden and rejected items by reason and by month, in the visitor's
 * language, linked from the forum page, and nothing about the items themselves: no texts, no authors, no ids.
 */
@QuarkusTest
class ModerationLogPagesTest {

    private static final String HIDDEN_AUTHOR = "Айгерим Сейткали";
    private static final String HIDDEN_AUTHOR_ID = "citizen-5f3c9";
    private static final String HIDDEN_TEXT = "Купите дешёвые часы";
    private static final String HIDDEN_ID = "4711";

    private String slug;

    @BeforeEach
    void aForumWithHiddenAndRejectedItems() {
        Stubs.forums();
        slug = Stubs.forumOfItsOwn("moderation-log");
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/moderation/log"))
                .withQueryParam("event", equalTo(slug)).willReturn(Stubs.json(200, """
                        {"eventSlug":"%s","hidden":3,"rejected":2,
                         "entries":[{"type":"COMMENT","outcome":"HIDDEN","reason":"SPAM","count":2},
                                    {"type":"COMMENT","outcome":"REJECTED","reason":"OFF_TOPIC","count":1},
                                    {"type":"RECOMMENDATION","outcome":"HIDDEN","reason":"SPAM","count":1},
                                    {"type":"RECOMMENDATION","outcome":"REJECTED","reason":"PERSONAL_DATA","count":1}],
                         "months":[{"month":"2026-03","hidden":1,"rejected":2},{"month":"2026-02","hidden":2,"rejected":0}]}
                        """.formatted(slug))));
        // what the forum page itself shows of the same items: a hidden comment and recommendation with their authors
        Stubs.commentThreads(slug, """
                [{"id":%s,"eventSlug":"%s","body":"%s","language":"ru","authorName":"%s","authorId":"%s",
                  "status":"HIDDEN","moderation":{"hidden":true,"reason":"SPAM"},"createdAt":"2026-02-03T10:00:00Z"}]
                """.formatted(HIDDEN_ID, slug, HIDDEN_TEXT, HIDDEN_AUTHOR, HIDDEN_AUTHOR_ID));
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/recommendations")).withQueryParam("event", equalTo(slug))
                .willReturn(Stubs.json(200, """
                        {"items":[{"id":4712,"eventSlug":"%s","title":null,"body":null,"language":"ru",
                          "authorName":"%s","status":"SUBMITTED","visibility":"HIDDEN","endorsementCount":0,
                          "moderation":{"hidden":true,"reason":"SPAM"},"createdAt":"2026-03-02T10:00:00Z"}],
                         "page":0,"size":10,"totalItems":1,"totalPages":1}""".formatted(slug, HIDDEN_AUTHOR))));
    }

    @Test
    void theLogCountsByReasonAndMonthInEnglish() {
        given().header("Accept-Language", "en").when().get("/forums/" + slug + "/moderation")
                .then().statusCode(200)
                .body(containsString("<h1>Moderation log</h1>"))
                .body(containsString("<title>Moderation log: Constitutional reform"))
                .body(containsString("<dd class=\"figure__value\" id=\"figure-hidden\">3</dd>"))
                .body(containsString("<dd class=\"figure__value\" id=\"figure-rejected\">2</dd>"))
                // comments and recommendations together, the most frequent reason first
                .body(containsString("<tr><th scope=\"row\">spam or advertising</th><td class=\"numeric\">3</td>"
                        + "<td class=\"numeric\">0</td></tr>"))
                .body(containsString("<tr><th scope=\"row\">off topic</th><td class=\"numeric\">0</td>"
                        + "<td class=\"numeric\">1</td></tr>"))
                .body(containsString("<tr><th scope=\"row\">contains personal data</th>"))
                .body(containsString("<time datetime=\"2026-03\">March 2026</time></th><td class=\"numeric\">1</td>"
                        + "<td class=\"numeric\">2</td>"))
                .body(containsString("<time datetime=\"2026-02\">February 2026</time>"))
                .body(containsString("<a href=\"/forums/" + slug + "\">Back to the forum</a>"));
    }

    @Test
    void theLogNamesNoAuthorAndShowsNoItemWhileTheForumPageLinksIt() {
        given().header("Accept-Language", "en").when().get("/forums/" + slug)
                .then().statusCode(200)
                .body(containsString("<a href=\"/forums/" + slug + "/moderation\">Moderation log: what was hidden or "
                        + "rejected, and why</a>"));
        for (String lang : new String[] {"en", "ru", "kk"}) {
            given().header("Accept-Language", lang).when().get("/forums/" + slug + "/moderation")
                    .then().statusCode(200)
                    .body(not(containsString(HIDDEN_AUTHOR)))
                    .body(not(containsString(HIDDEN_AUTHOR_ID)))
                    .body(not(containsString(HIDDEN_TEXT)))
                    .body(not(containsString(HIDDEN_ID)))
                    .body(not(containsString("4712")))
                    .body(not(containsString("#comment-")))
                    .body(not(containsString("#recommendation-")));
        }
    }

    @Test
    void theLogIsInRussianAndKazakh() {
        given().header("Accept-Language", "ru").when().get("/forums/" + slug + "/moderation")
                .then().statusCode(200)
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("<h1>Журнал модерации</h1>"))
                .body(containsString("По причинам"))
                .body(containsString("Март 2026"));
        given().header("Accept-Language", "kk").when().get("/forums/" + slug + "/moderation")
                .then().statusCode(200)
                .body(containsString("<html lang=\"kk\">"))
                .body(containsString("<h1>Модерация журналы</h1>"))
                .body(containsString("Себептері бойынша"));
    }

    @Test
    void aForumNothingWasModeratedOnSaysSoAndAnUnknownForumIsNotFound() {
        String quiet = Stubs.forumOfItsOwn("quiet-forum");
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/moderation/log"))
                .withQueryParam("event", equalTo(quiet)).willReturn(Stubs.json(200, """
                        {"eventSlug":"%s","hidden":0,"rejected":0,"entries":[],"months":[]}""".formatted(quiet))));

        given().header("Accept-Language", "en").when().get("/forums/" + quiet + "/moderation")
                .then().statusCode(200)
                .body(containsString("Moderators have hidden or rejected nothing on this forum."))
                .body(not(containsString("<table")));
        given().header("Accept-Language", "en").when().get("/forums/no-such-forum/moderation")
                .then().statusCode(404);
    }
}
