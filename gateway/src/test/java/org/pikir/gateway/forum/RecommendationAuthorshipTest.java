package org.pikir.gateway.forum;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Whose recommendation it is, as the forum page shows it: one whose author erased their data says so in the
 * visitor's language; the reader's own offers no Endorse and no Report; a hidden one names nobody.
 */
@QuarkusTest
class RecommendationAuthorshipTest {

    private static final String API = "/api/feedback/recommendations";

    private String slug;
    private String forum;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        slug = Stubs.forumOfItsOwn("authorship");
        forum = "/forums/" + slug;
        Stubs.feedback().register(get(urlPathEqualTo(API)).withQueryParam("event", equalTo(slug))
                .withHeader("Authorization", absent()).willReturn(Stubs.json(200, recommendations(null))));
        Stubs.feedback().register(get(urlPathEqualTo(API)).withQueryParam("event", equalTo(slug))
                .withHeader("Authorization", matching("Bearer .+")).willReturn(Stubs.json(200, recommendations(false))));
    }

    /** {@code endorsedByMe} null: asked anonymously, so no {@code mine} either. */
    private String recommendations(Boolean endorsedByMe) {
        String seen = endorsedByMe == null ? "" : ",\"endorsedByMe\":false,\"mine\":%s";
        return """
                {"items":[
                  {"id":41,"eventSlug":"%1$s","title":null,"body":null,"language":"ru","authorName":null,"status":"UNDER_REVIEW",
                   "visibility":"PUBLISHED","endorsementCount":3,"removed":"by-author","createdAt":"2026-03-01T10:00:00Z"%2$s},
                  {"id":42,"eventSlug":"%1$s","title":"Моё предложение о парках","body":"Больше скамеек.","language":"ru",
                   "authorName":"Асель","status":"SUBMITTED","visibility":"PUBLISHED","endorsementCount":0,
                   "createdAt":"2026-03-02T10:00:00Z"%3$s},
                  {"id":43,"eventSlug":"%1$s","title":null,"body":null,"language":"ru","authorName":null,"status":"SUBMITTED",
                   "visibility":"HIDDEN","endorsementCount":0,"moderation":{"hidden":true,"reason":"ABUSE"},
                   "createdAt":"2026-03-03T10:00:00Z"%2$s}],
                 "page":0,"size":10,"totalItems":3,"totalPages":1}"""
                .formatted(slug, seen.formatted("false"), seen.formatted(endorsedByMe == null ? "" : "true"));
    }

    @Test
    void aRecommendationWhoseAuthorLeftSaysSoInTheVisitorsLanguage() {
        String[][] languages = {{"en", "Removed by its author"}, {"ru", "Удалено автором"}, {"kk", "Авторы жойды"}};
        for (String[] language : languages) {
            given().header("Accept-Language", language[0]).when().get(forum)
                    .then().statusCode(200)
                    .body(containsString("<p class=\"recommendation__removed\">" + language[1] + "</p>"))
                    .body(not(containsString("<h3 class=\"recommendation__title\" lang=\"ru\"></h3>")))
                    .body(not(containsString("<span class=\"recommendation__author\"></span>")));
        }
        given().header("Accept-Language", "en").when().get(forum)
                .then().body(containsString("Endorsements: 3"));
    }

    @Test
    void theAuthorIsNotOfferedToEndorseOrReportTheirOwn() {
        String html = given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen()).header("Accept-Language", "en")
                .when().get(forum)
                .then().statusCode(200)
                .body(containsString("Моё предложение о парках"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(html, not(containsString(forum + "/recommendations/42/endorsement")));
        org.hamcrest.MatcherAssert.assertThat(html, not(containsString("recommendation=42")));
        // someone else's, even without its text, can still be endorsed
        org.hamcrest.MatcherAssert.assertThat(html, containsString(forum + "/recommendations/41/endorsement"));
    }
}
