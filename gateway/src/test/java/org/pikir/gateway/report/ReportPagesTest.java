package org.pikir.gateway.report;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * "What we heard": the public report with its figures and SVG charts, and the staff report with the
 * moderation outcomes, the overdue answers and the exports, which the /api proxy streams with the
 * session's token.
 */
@QuarkusTest
class ReportPagesTest {

    private static final String REPORT = "/api/feedback/reports/" + Stubs.ALMATY;
    private static final String PUBLIC = "/forums/" + Stubs.ALMATY + "/report";
    private static final String STAFF = "/admin/reports/" + Stubs.ALMATY;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        Stubs.feedback().register(get(urlPathEqualTo(REPORT)).willReturn(Stubs.json(200, """
                {"eventSlug":"%s","generatedAt":"2026-04-02T06:00:00Z",
                 "comments":{"listed":12,
                   "byVisibility":{"PENDING":2,"PUBLISHED":11,"HIDDEN":1,"REJECTED":3,"DELETED":1},
                   "byLanguage":{"kk":4,"ru":7,"en":1},"byTarget":{"EVENT":6,"STATEMENT":5,"MATERIAL":1}},
                 "recommendations":{"listed":5,
                   "byVisibility":{"PENDING":0,"PUBLISHED":5,"HIDDEN":0,"REJECTED":1,"DELETED":0},
                   "byStatus":{"SUBMITTED":1,"UNDER_REVIEW":2,"ACCEPTED":1,"PARTIALLY_ACCEPTED":0,"REJECTED":1,"MERGED":0},
                   "byLanguage":{"kk":1,"ru":3,"en":1},
                   "byTopic":[{"topic":"constitution","count":3},{"topic":null,"count":2}]},
                 "answers":{"answerable":4,"answered":2,"answeredShare":0.5,"medianDaysToAnswer":3.25,"overdue":1,
                   "answerDeadline":"P30D"},
                 "topEndorsed":[{"id":21,"title":"Больше слушаний в регионах","endorsementCount":7,"status":"ACCEPTED",
                   "answered":true,"groupId":21,"groupSize":3},
                  {"id":25,"title":null,"endorsementCount":2,"status":"SUBMITTED","answered":false,"removed":"by-author"}]}"""
                .formatted(Stubs.ALMATY))));
        Stubs.feedback().register(get(urlPathEqualTo(REPORT + "/overdue")).willReturn(Stubs.json(200, """
                {"items":[{"id":24,"title":"Перевести бюллетени на казахский","topic":"referendum","status":"UNDER_REVIEW",
                  "assignee":null,"endorsementCount":4,"createdAt":"2026-02-26T10:00:00Z",
                  "answerDueAt":"2026-03-28T10:00:00Z","daysOverdue":5}],"nextCursor":"o2"}""")));
    }

    @Test
    void thePublicReportShowsTheFiguresAndChartsDrawnAsSvgWithTitles() {
        String html = given().header("Accept-Language", "en").when().get(PUBLIC)
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<h1>What we heard</h1>"));
        assertThat(html, containsString("<dd class=\"figure__value\" id=\"figure-comments\">12</dd>"));
        assertThat(html, containsString("<dd class=\"figure__value\" id=\"figure-recommendations\">5</dd>"));
        assertThat(html, containsString("<dd class=\"figure__value\" id=\"figure-answered\">50% (2 of 4)</dd>"));
        assertThat(html, containsString("<dd class=\"figure__value\" id=\"figure-median\">3.3 days</dd>"));
        assertThat(html, containsString("<dd class=\"figure__value\" id=\"figure-overdue\">1</dd>"));
        assertThat(html, containsString("Recommendations should be answered within 30 days."));
        // the topic chart: one bar per topic, the longest for the largest count, the values read out in <desc>
        String topics = html.substring(html.indexOf("<figure class=\"chart\" id=\"chart-topics\">"));
        topics = topics.substring(0, topics.indexOf("</figure>"));
        assertThat(topics, containsString("role=\"img\" aria-labelledby=\"chart-topics-title chart-topics-desc\""));
        assertThat(topics, containsString("<title id=\"chart-topics-title\">Recommendations by topic</title>"));
        assertThat(topics, containsString("<desc id=\"chart-topics-desc\">Constitution: 3; No topic given: 2</desc>"));
        org.pikir.gateway.VisibleText.assertNoTopicSlug(html, "the report page", "constitution");
        assertThat(topics, containsString("<rect class=\"chart__bar\" x=\"0\" y=\"22\" width=\"340\" height=\"16\"></rect>"));
        assertThat(topics, containsString("<rect class=\"chart__bar\" x=\"0\" y=\"66\" width=\"227\" height=\"16\"></rect>"));
        assertThat(html, containsString("<desc id=\"chart-status-desc\">Submitted: 1; Under review: 2; Accepted: 1; Partially accepted: 0; Not accepted: 1; Merged: 0</desc>"));
        assertThat(html, containsString("<desc id=\"chart-language-desc\">In Kazakh: 5; In Russian: 10; In English: 2</desc>"));
        assertThat(html, containsString("<desc id=\"chart-target-desc\">The forum as a whole: 6; A statement: 5; A material: 1</desc>"));
        assertThat(html, containsString("<a href=\"/forums/" + Stubs.ALMATY + "#recommendation-21\">Больше слушаний в регионах</a>"));
        assertThat(html, containsString("endorsements: 7 · Accepted · answered · 2 similar in its group"));
        assertThat(html, containsString("<a href=\"/api/feedback/open-data/" + Stubs.ALMATY + ".json\" download>Download the open data (JSON)</a>"));
        assertThat("no staff parts in public", html, not(containsString("/api/feedback/exports/")));
        assertThat(html, not(containsString("chart-comment-moderation")));
        assertThat(html, not(containsString("<script")));
        assertThat(html, not(containsString("style=")));
    }

    @Test
    void aTopRecommendationWhoseAuthorLeftIsListedAsRemovedInTheVisitorsLanguage() {
        String[][] languages = {{"en", "Removed by its author"}, {"ru", "Удалено автором"}, {"kk", "Авторы жойды"}};
        for (String[] language : languages) {
            given().header("Accept-Language", language[0]).when().get(PUBLIC)
                    .then().statusCode(200)
                    .body(containsString("<a href=\"/forums/" + Stubs.ALMATY + "#recommendation-25\">" + language[1] + "</a>"));
        }
    }

    @Test
    void theReportSpeaksKazakhAndRussian() {
        given().header("Accept-Language", "kk").when().get(PUBLIC)
                .then().statusCode(200)
                .body(containsString("<h1>Не естідік</h1>"))
                .body(containsString("<title id=\"chart-topics-title\">Тақырыптар бойынша ұсыныстар</title>"));
        given().header("Accept-Language", "ru").when().get(PUBLIC)
                .then().statusCode(200)
                .body(containsString("<h1>Что мы услышали</h1>"))
                .body(containsString("id=\"figure-median\">3,3 дн.</dd>"));
    }

    @Test
    void theForumPageLinksItsReportAndAnUnknownForumHasNone() {
        given().header("Accept-Language", "en").when().get("/forums/" + Stubs.ALMATY)
                .then().body(containsString("<a href=\"/forums/" + Stubs.ALMATY + "/report\">What we heard: the report on this consultation</a>"));
        Stubs.events().register(get(urlPathEqualTo("/api/events/nowhere-2026")).willReturn(Stubs.json(404, "{}")));
        given().when().get("/forums/nowhere-2026/report").then().statusCode(404);
        Stubs.feedback().verifyThat(0, getRequestedFor(urlPathEqualTo("/api/feedback/reports/nowhere-2026")));
    }

    @Test
    void whenTheReportCannotBeReadThePageSaysSo() {
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/reports/" + Stubs.RUSSIAN_ONLY))
                .willReturn(aResponse().withStatus(500)));
        given().header("Accept-Language", "en").when().get("/forums/" + Stubs.RUSSIAN_ONLY + "/report")
                .then().statusCode(503)
                .contentType(containsString("text/html"));
    }

    @Test
    void staffSeeModerationOverdueAnswersAndExports() {
        String session = SignIn.as("moderator");
        String html = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(STAFF)
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<a href=\"/admin/reports\" aria-current=\"page\">Reports</a>"));
        assertThat(html, containsString("<a href=\"/admin/forums/" + Stubs.ALMATY + "/analysis\">Analysis of the feedback</a>"));
        assertThat(html, containsString("<desc id=\"chart-comment-moderation-desc\">Waiting for a moderator: 2; Published: 11; Hidden by a moderator: 1; Not published: 3; Deleted by their authors: 1</desc>"));
        assertThat(html, containsString("<td><a href=\"/admin/review/24\">Перевести бюллетени на казахский</a></td><td>Under review</td><td>not assigned</td><td class=\"numeric\">4</td>"));
        assertThat(html, containsString("<td class=\"numeric\">5</td>"));
        assertThat(html, containsString("<a href=\"" + STAFF + "?after=o2#overdue\" rel=\"next\">More overdue answers</a>"));
        for (String file : new String[] {"comments.csv", "comments.json", "recommendations.csv", "recommendations.json"}) {
            assertThat(html, containsString("<a href=\"/api/feedback/exports/" + Stubs.ALMATY + "/" + file + "\" download>"));
        }
        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo(REPORT + "/overdue"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("moderator")))
                .withQueryParam("size", WireMock.equalTo("20")));

        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get("/admin/reports")
                .then().statusCode(200)
                .body(containsString("<a href=\"" + STAFF + "\">Constitutional reform: the basis"));
    }

    @Test
    void anExportLinkIsStreamedThroughTheGatewayWithTheStaffSessionsToken() {
        String csv = "\uFEFFid,event_slug,body\r\n51,\"" + Stubs.ALMATY + "\",\"Текст\"\r\n";
        String path = "/api/feedback/exports/" + Stubs.ALMATY + "/comments.csv";
        Stubs.feedback().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv; charset=UTF-8")
                .withHeader("Content-Disposition", "attachment; filename=\"" + Stubs.ALMATY + "-comments.csv\"")
                .withBody(csv)));

        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("admin")).header("Sec-Fetch-Site", "same-origin")
                .when().get(path)
                .then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"" + Stubs.ALMATY + "-comments.csv\""))
                .body(equalTo(csv));
        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo(path))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("admin"))));
    }

    @Test
    void theStaffReportIsForModeratorsAndAdministratorsOnly() {
        given().redirects().follow(false).when().get(STAFF)
                .then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fadmin%2Freports%2F" + Stubs.ALMATY));
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor")).when().get(STAFF).then().statusCode(403);
        given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen()).when().get("/admin/reports").then().statusCode(403);
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor")).header("Accept-Language", "en").when().get("/admin")
                .then().body(not(containsString("href=\"/admin/reports\"")));
        Stubs.feedback().verifyThat(0, getRequestedFor(urlPathEqualTo(REPORT + "/overdue"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("editor"))));
    }
}
