package org.pikir.gateway.draft;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

/**
 * A draft text's public pages from stubbed answers: the forum's list of drafts, the draft page (demonstration banner,
 * versions, table of contents with each article's counts, anchors and self links, paging), the comparison of two
 * versions, the comparative table and its .docx relayed from events-service, and the report's most discussed articles.
 */
@QuarkusTest
class DraftPagesTest {

    private String slug;
    private String draft;

    @BeforeEach
    void aForumWithADraft() {
        slug = DraftStubs.forum("drafts");
        draft = "/forums/" + slug + "/drafts/" + DraftStubs.DRAFT;
        DraftStubs.counts(slug, """
                [{"passage":"article-1-p-1","article":"article-1","comments":3,"recommendations":1},
                 {"passage":"article-1","article":"article-1","comments":1,"recommendations":0},
                 {"passage":"article-3-p-1","article":"article-3","comments":1,"recommendations":0}]""");
    }

    @Test
    void theForumPageListsItsPublishedDraftsWithTheDemonstrationLabel() {
        String html = given().header("Accept-Language", "ru").when().get("/forums/" + slug)
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<h2 id=\"drafts-heading\">Проекты текстов</h2>"));
        assertThat(html, containsString("<a href=\"" + draft + "\">" + DraftStubs.TITLE_RU + "</a>"));
        assertThat(html, containsString("<span class=\"tag\">Демонстрационный текст</span> · Русский, Қазақша · редакция 2 · статей: 3"));
        assertThat("a draft with no published version is not listed", html, not(containsString("Черновик в работе")));
    }

    @Test
    void aCommentOnADraftListedOnTheForumPageSaysWhichArticleItIsAbout() {
        Stubs.commentThreads(slug, """
                [{"id":51,"eventSlug":"%s","body":"О пункте первом","language":"ru","authorName":"Асель",
                  "status":"PUBLISHED","createdAt":"2026-03-01T10:00:00Z","draftId":7,"draftVersion":1,
                  "passage":"article-1-p-1","article":"article-1","quote":null}]""".formatted(slug));

        given().header("Accept-Language", "en").when().get("/forums/" + slug)
                .then().statusCode(200)
                .body(containsString("<p class=\"comment__about\"><a href=\"" + draft
                        + "/articles/article-1?v=1#article-1-p-1\">About Article 1 of the draft text</a></p>"));
    }

    @Test
    void theDraftPageShowsTheBannerTheContentsWithCountsAndEveryUnitWithItsAnchorAndLink() {
        String html = given().header("Accept-Language", "en").when().get(draft)
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<div class=\"draft-banner\" role=\"note\" aria-label=\"Demonstration text\">"));
        assertThat(html, containsString("It is not an official act and has no legal force."));
        assertThat(html, containsString("<meta name=\"description\" content=\"" + DraftStubs.TITLE_RU));
        assertThat(html, containsString("<h1 lang=\"ru\">" + DraftStubs.TITLE_RU + "</h1>"));
        assertThat("the text is in Russian, the site in English", html,
                containsString("<section class=\"draft-text\" id=\"text\" aria-labelledby=\"text-heading\" lang=\"ru\">"));
        // the version selector: the newest is chosen, and the older one is there
        assertThat(html, containsString("<option value=\"2\" selected>Version 2 (the newest)</option>"));
        assertThat(html, containsString("<option value=\"1\">Version 1</option>"));
        assertThat(html, containsString("<a href=\"" + draft + "/compare?from=1&amp;to=2\">"));
        assertThat(html, containsString("<a href=\"" + draft + "/versions/2/table\">Comparative table</a>"));
        // contents: article 1 counts 4 comments and 1 recommendation, the most discussed (heat 5); article 3 one comment
        assertThat(html, containsString("<a href=\"" + draft + "#article-1\">Статья 1. Цели</a> <span class=\"draft-counts\">"
                + "<span class=\"heat heat--5\" aria-hidden=\"true\"></span> comments: 4, recommendations: 1</span>"));
        assertThat(html, containsString("<a href=\"" + draft + "#article-3\">Статья 3. Применение норм</a> <span class=\"draft-counts\">"
                + "<span class=\"heat heat--1\" aria-hidden=\"true\"></span> comments: 1, recommendations: 0</span>"));
        assertThat("an article nobody wrote on shows no count", html,
                containsString("<a href=\"" + draft + "#article-2\">Статья 2. Участие</a>\n"));
        assertThat(html, containsString("<a href=\"" + draft + "#chapter-2\">Глава 2. Механизмы</a>"));
        // every unit has its anchor and a link to itself
        assertThat(html, containsString("<h4 id=\"article-1\" class=\"draft-unit draft-unit--article\">Статья 1. Цели "
                + "<a class=\"draft-unit__self\" href=\"" + draft + "#article-1\" aria-label=\"Link to Статья 1. Цели\">#</a></h4>"));
        assertThat(html, containsString("<p id=\"article-1-p-1\" class=\"draft-unit draft-unit--paragraph draft-unit--depth-2\">"
                + "<span class=\"draft-unit__number\">1.</span> <span class=\"long-text\">Форум вырабатывает рекомендации по "
                + "долгосрочному развитию страны.</span> <a class=\"draft-unit__self\" href=\"" + draft + "#article-1-p-1\""));
        assertThat(html, containsString("id=\"article-2-p-1-s-1\""));
        assertThat(html, containsString("id=\"preamble\""));
        assertThat(html, containsString("<a href=\"" + draft + "/articles/article-1\">Comments and recommendations on this article"));
        assertThat("version 2 has no paragraph 2 in article 1", html, not(containsString("id=\"article-1-p-2\"")));
    }

    @Test
    void anOlderVersionIsShownWhenAskedForAndAnUnknownOneIsNotFound() {
        String html = given().header("Accept-Language", "ru").when().get(draft + "?v=1")
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<option value=\"1\" selected>Редакция 1</option>"));
        assertThat(html, containsString("id=\"article-1-p-2\""));
        assertThat(html, containsString("href=\"" + draft + "?v=1#article-1-p-2\""));
        assertThat(html, containsString("<a href=\"" + draft + "/articles/article-1?v=1\">"));

        given().when().get(draft + "?v=3").then().statusCode(404);
        given().when().get("/forums/" + slug + "/drafts/8").then().statusCode(404);
        given().when().get("/forums/" + slug + "/drafts/x").then().statusCode(404);
    }

    @Test
    void theDraftIsStillReadWhenTheCountsAreUnavailable() {
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/drafts/" + DraftStubs.DRAFT + "/counts"))
                .withQueryParam("event", equalTo(slug)).willReturn(aResponse().withStatus(503)));

        given().header("Accept-Language", "en").when().get(draft)
                .then().statusCode(200)
                .body(containsString("The numbers of comments and recommendations cannot be shown right now."))
                .body(containsString("id=\"article-3-p-1\""));
    }

    @Test
    void theComparisonMarksAddedAndRemovedWordsForEveryone() {
        Stubs.events().register(get(urlPathEqualTo("/api/events/" + slug + "/drafts/7/diff"))
                .withQueryParam("from", equalTo("1")).withQueryParam("to", equalTo("2"))
                .withQueryParam("language", equalTo("ru"))
                .willReturn(Stubs.json(200, Stubs.resource("draft-diff-1-2.json"))));

        String html = given().header("Accept-Language", "en").when().get(draft + "/compare?from=1&to=2")
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<h2 id=\"diff-heading\">From version 1 to version 2</h2>"));
        assertThat(html, containsString("1. Форум вырабатывает рекомендации по долгосрочному развитию<ins>"
                + "<span class=\"visually-hidden\">[added: </span> страны<span class=\"visually-hidden\">]</span></ins>."));
        assertThat(html, containsString("<del><span class=\"visually-hidden\">[removed: </span>2. Рекомендации публикуются открыто."));
        assertThat(html, containsString("<span class=\"tag\">Removed</span>"));
        assertThat(html, containsString("<a href=\"" + draft + "?v=2#article-3-p-2\">2.</a> <span class=\"tag\">Added</span>"));
        assertThat(html, containsString("<option value=\"1\" selected>Version 1</option>"));
    }

    @Test
    void aComparisonOfVersionsInTheWrongOrderSaysSoNextToTheField() {
        given().header("Accept-Language", "en").when().get(draft + "/compare?from=2&to=1")
                .then().statusCode(400)
                .body(containsString("<p class=\"error-message\" id=\"compare-from-error\">"))
                .body(containsString("The earlier version must come before the later one."))
                .body(containsString("<a href=\"#compare-from\">"));
    }

    @Test
    void theComparativeTablePageShowsEachChangedUnitWithItsJustificationAndTheDownloads() {
        Stubs.events().register(get(urlPathEqualTo("/api/events/" + slug + "/drafts/7/versions/2/table"))
                .withQueryParam("language", equalTo("kk"))
                .willReturn(Stubs.json(200, Stubs.resource("draft-table-v2.json"))));

        String html = given().header("Accept-Language", "kk").when().get(draft + "/versions/2/table")
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<h1>2-редакцияның салыстырмалы кестесі</h1>"));
        assertThat(html, containsString("<th scope=\"col\">Бұрынғы редакция</th>"));
        assertThat(html, containsString("<tr id=\"article-1-p-1\">"));
        assertThat(html, containsString("<td lang=\"kk\"><span class=\"long-text\">Қатысушылардың ұсынымы бойынша нақтыланды.</span>"));
        assertThat(html, containsString("<a href=\"/forums/" + slug + "#recommendation-41\">№41 ұсыным</a>"));
        assertThat(html, containsString("<a href=\"" + draft + "/versions/2/table.docx?language=kk\" download>.docx түрінде жүктеу (Қазақша)</a>"));
        assertThat(html, containsString("<a href=\"" + draft + "/versions/2/table.docx?language=ru\" download>"));
        assertThat("a demonstration text says so on the table too", html, containsString("class=\"draft-banner\""));

        given().when().get(draft + "/versions/1/table").then().statusCode(404);
    }

    @Test
    void theDocxIsRelayedFromEventsServiceWithItsTypeAndFileName() {
        byte[] docx = {0x50, 0x4b, 0x03, 0x04, 1, 2, 3};
        String name = slug + "-draft-7-v2-table-kk.docx";
        Stubs.events().register(get(urlPathEqualTo("/api/events/" + slug + "/drafts/7/versions/2/table.docx"))
                .withQueryParam("language", equalTo("kk"))
                .willReturn(aResponse().withStatus(200).withBody(docx)
                        .withHeader("Content-Type", DraftTablePages.DOCX)
                        .withHeader("Content-Disposition", "attachment; filename=\"" + name + "\"")));

        for (String query : new String[] {"?language=kk", "?lang=kk"}) {
            Response file = given().when().get(draft + "/versions/2/table.docx" + query);
            assertThat(file.statusCode(), org.hamcrest.Matchers.equalTo(200));
            assertThat(file.contentType(), containsString(DraftTablePages.DOCX));
            assertThat(file.header("Content-Disposition"), org.hamcrest.Matchers.equalTo("attachment; filename=\"" + name + "\""));
            assertThat(file.asByteArray(), org.hamcrest.Matchers.equalTo(docx));
        }
        given().when().get(draft + "/versions/2/table.docx?language=en").then().statusCode(404);
    }

    @Test
    void theReportNamesTheMostDiscussedArticlesAndLinksToThem() {
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/reports/" + slug)).willReturn(Stubs.json(200, """
                {"eventSlug":"%s","generatedAt":"2026-04-02T06:00:00Z",
                 "comments":{"listed":5,"byVisibility":{},"byLanguage":{},"byTarget":{}},
                 "recommendations":{"listed":1,"byVisibility":{},"byStatus":{},"byLanguage":{},"byTopic":[]},
                 "answers":{"answerable":0,"answered":0,"answeredShare":0,"medianDaysToAnswer":null,"overdue":0,
                   "answerDeadline":"P30D"},
                 "topEndorsed":[],
                 "mostDiscussed":[{"draftId":7,"article":"article-1","comments":4,"recommendations":1},
                                  {"draftId":7,"article":"article-12-1","comments":1,"recommendations":0},
                                  {"draftId":99,"article":"article-2","comments":9,"recommendations":0}]}"""
                .formatted(slug))));

        String html = given().header("Accept-Language", "kk").when().get("/forums/" + slug + "/report")
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<h2 id=\"most-discussed-heading\">Ең көп талқыланған баптар</h2>"));
        assertThat(html, containsString("<li><a href=\"" + draft + "/articles/article-1\">1-бап</a> · <span>"
                + DraftStubs.TITLE_KK + "</span> · пікірлер: 4, ұсынымдар: 1</li>"));
        assertThat(html, containsString("<a href=\"" + draft + "/articles/article-12-1\">12-1-бап</a>"));
        assertThat(html.indexOf("article-1\""), lessThan(html.indexOf("article-12-1\"")));
        assertThat("an article of a draft the forum does not list is left out", html, not(containsString("article-2\"")));
    }
}
