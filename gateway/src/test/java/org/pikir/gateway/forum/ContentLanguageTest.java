package org.pikir.gateway.forum;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;
import org.pikir.gateway.VisibleText;


import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Content in the visitor's language: topics by name (never their slugs), statements in an editor's translation
 * marked as one with the original a click away, reported statements told apart from quotes, participants' Latin
 * spellings and places on the English pages.
 */
@QuarkusTest
class ContentLanguageTest {

    private static final String FORUM = "/forums/" + Stubs.ALMATY;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    /** On a page in English, slugs that are English words too ("referendum") may be words of its text. */
    private static void noSlugShown(String html, String page) {
        VisibleText.assertNoTopicSlug(html, page);
    }

    private static void noSlugShownInCyrillicPage(String html, String page) {
        VisibleText.assertNoTopicSlug(html, page, "constitution", "referendum", "public-administration", "budget");
    }

    @Test
    void theEnglishForumPageShowsTheTranslationMarkedWithTheOriginalOneClickAway() {
        String html = given().header("Accept-Language", "en").when().get(FORUM).then().statusCode(200).extract().asString();

        assertThat(html, containsString("<blockquote id=\"statement-1\" class=\"statement__quote\" lang=\"en\">\n"
                + "            <p class=\"long-text\">The draft of the country&#39;s new Basic Law was prepared"));
        assertThat(html, containsString("<p class=\"statement__translation\"><span class=\"tag\">Translation by Pikir&#39;s editors</span></p>"));
        assertThat(html, containsString("<summary>Show the original (In Russian)</summary>"));
        assertThat(html, containsString("<p class=\"long-text\" lang=\"ru\">Проект нового Основного закона страны"));
        // the statement keeps its one address, whatever language it is read in
        assertThat(html, containsString("<a href=\"/forums/" + Stubs.ALMATY + "#statement-1\">Link to this statement</a>"));
        // a statement with no English translation stays in its language, unmarked
        assertThat(html, containsString("<blockquote id=\"statement-2\" class=\"statement__quote\" lang=\"ru\">"));
        assertThat(html.split("statement__translation\"").length - 1, org.hamcrest.Matchers.equalTo(1));
        assertThat(html, containsString("<dd>Almaty</dd>"));
        assertThat(html, containsString("<a href=\"/?topic=public-administration\">Public administration</a>"));
        assertThat(html, containsString("Kuanysh Seitzhanov"));
        noSlugShown(html, "the forum page");
    }

    @Test
    void theRussianForumPageShowsTheOriginalWithoutTranslationMarks() {
        String html = given().queryParam("lang", "ru").when().get(FORUM).then().statusCode(200).extract().asString();

        assertThat(html, containsString("<blockquote id=\"statement-1\" class=\"statement__quote\" lang=\"ru\">"));
        assertThat(html, not(containsString("statement__translation")));
        assertThat(html, not(containsString("Kuanysh Seitzhanov")));
        assertThat(html, containsString("<a href=\"/?topic=public-administration\">Государственное управление</a>"));
        assertThat(html, containsString("<dd>Алматы</dd>"));
        noSlugShownInCyrillicPage(html, "the Russian forum page");
    }

    @Test
    void aReportedStatementIsToldApartFromAQuote() {
        String slug = "reported-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String forum = Stubs.resource("almaty.json").replace(Stubs.ALMATY, slug)
                .replace("\"kind\": \"QUOTE\",\n      \"translations\": {}", "\"kind\": \"REPORTED\",\n      \"translations\": {}");
        Stubs.events().register(get(urlPathEqualTo("/api/events/" + slug)).willReturn(Stubs.json(200, forum)));
        Stubs.commentThreads(slug, "[]");

        String html = given().header("Accept-Language", "en").when().get("/forums/" + slug).then().statusCode(200)
                .extract().asString();

        assertThat(html, containsString("<li class=\"statement statement--reported\">"));
        assertThat(html, containsString("<div id=\"statement-2\" class=\"statement__reported\" lang=\"ru\">\n"
                + "            <p class=\"statement__kind\"><span class=\"tag\">Reported by the source, not a quote</span></p>"));
        assertThat(html, not(containsString("<blockquote id=\"statement-2\"")));
        assertThat(html, containsString("<blockquote id=\"statement-1\""));
    }

    @Test
    void theHomePageFiltersTopicsByName() {
        String html = given().header("Accept-Language", "kk").when().get("/").then().statusCode(200).extract().asString();

        assertThat(html, containsString("<option value=\"public-administration\">Мемлекеттік басқару</option>"));
        assertThat(html, containsString("<option value=\"budget\">Бюджет</option>"));
        noSlugShownInCyrillicPage(html, "the home page");
        String filtered = given().header("Accept-Language", "en").queryParam("topic", "referendum").when().get("/")
                .then().statusCode(200).extract().asString();
        assertThat(filtered, containsString("<option value=\"referendum\" selected>Referendum</option>"));
        noSlugShown(filtered, "the filtered home page");
    }
}
