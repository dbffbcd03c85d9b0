package org.pikir.gateway.admin.analysis;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.pikir.gateway.admin.EditorRequests.assertJson;
import static org.pikir.gateway.admin.EditorRequests.posting;
import static org.pikir.gateway.admin.EditorRequests.problem;

/**
 * The analysis overview and a theme's page: the dashboard, the codebook, adding, renaming, accepting, discarding and
 * merging themes and the public response, each form with the CSRF token, its errors next to its fields, the staff
 * member's own token on every call, and the roles that may use it.
 */
@QuarkusTest
class AnalysisPagesTest {

    private AnalysisStubs stubs;

    @BeforeEach
    void stubServices() {
        stubs = new AnalysisStubs();
    }

    @Test
    void theOverviewShowsTheDashboardAndTheCodebook() {
        String html = given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).header("Accept-Language", "en")
                .when().get(stubs.page)
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<progress id=\"share-analysed\" max=\"100\" value=\"42\">"));
        assertThat(html, containsString("42 % analysed — 4,200 of 10,000"));
        assertThat(html, containsString("<tr><th scope=\"row\">Қазақша</th><td class=\"numeric\">3,000</td><td class=\"numeric\">1,000</td><td class=\"numeric\">33</td></tr>"));
        assertThat(html, containsString("<tr><th scope=\"row\">Recommendations</th><td class=\"numeric\">1,000</td><td class=\"numeric\">200</td><td class=\"numeric\">20</td></tr>"));
        String accepted = html.substring(html.indexOf("<li class=\"theme-card\" id=\"theme-11\">"));
        assertThat(accepted, containsString(">Independent courts</a>"));
        assertThat(accepted, containsString("items: 1,234 · suggested: 56 · response published"));
        String suggested = html.substring(html.indexOf("<li class=\"theme-card\" id=\"theme-12\">"));
        assertThat(suggested, containsString("Terms: суд, судья, акимат"));
        assertThat(suggested, containsString("<blockquote lang=\"ru\"><p class=\"long-text\">Суды должны быть независимыми от акимов</p></blockquote>"));
        assertThat(suggested, containsString("action=\"" + stubs.page + "/themes/12/accept\""));
        assertThat("an accepted theme is not accepted again", accepted.substring(0, accepted.indexOf("</li>", accepted.indexOf("item-actions"))),
                not(containsString("/themes/11/accept")));
        assertThat(html, containsString("<a href=\"" + stubs.page + "\" aria-current=\"page\">Overview</a>"));
        assertThat(html, containsString("<a href=\"/admin/analysis\" aria-current=\"page\">Analysis</a>"));
        assertThat(html, containsString("<form method=\"post\" action=\"" + stubs.page + "/suggest\" novalidate>"));
        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo(stubs.api + "/themes"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("moderator"))));
    }

    @Test
    void theOverviewSpeaksKazakhAndRussian() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("admin")).header("Accept-Language", "kk")
                .when().get(stubs.page)
                .then().statusCode(200)
                .body(containsString("<html lang=\"kk\">"))
                .body(containsString("Кодтар кітабы"))
                .body(containsString(">Соттардың тәуелсіздігі</a>"));
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("admin")).header("Accept-Language", "ru")
                .when().get(stubs.page)
                .then().statusCode(200)
                .body(containsString("Разобрано 42 %"))
                .body(containsString(">Независимость судов</a>"));
    }

    @Test
    void aThemeIsAddedWithANameInOneLanguageAtLeast() {
        String session = SignIn.as("moderator");
        PageForm form = AnalysisStubs.formOn(session, stubs.page);
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/themes")).willReturn(Stubs.json(201,
                AnalysisStubs.theme(31, "ACCEPTED"))));

        posting(session, form, "en").formParam("name.kk", " ").formParam("name.ru", "").formParam("name.en", "")
                .when().post(stubs.page + "/themes")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#theme-name-kk\">Enter a name in at least one language</a></li>"))
                .body(containsString("id=\"theme-name-kk-error\""));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo(stubs.api + "/themes")));

        posting(session, form, "en").formParam("name.ru", "Языковая политика").formParam("name.kk", "Тіл саясаты")
                .formParam("description.en", "Languages of the state")
                .when().post(stubs.page + "/themes")
                .then().statusCode(303)
                .header("Location", endsWith(stubs.page + "?done=created#theme-31"));
        assertJson("{\"name\":{\"kk\":\"Тіл саясаты\",\"ru\":\"Языковая политика\"},"
                + "\"description\":{\"en\":\"Languages of the state\"}}",
                AnalysisStubs.only(postRequestedFor(urlPathEqualTo(stubs.api + "/themes"))));
    }

    @Test
    void aNameTheServiceRefusesIsShownAtItsField() {
        String session = SignIn.as("moderator");
        PageForm form = AnalysisStubs.formOn(session, stubs.page);
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/themes")).willReturn(problem(422, "validation",
                "[{\"field\":\"name.ru\",\"message\":\"size must be between 0 and 120\"}]")));

        posting(session, form, "en").formParam("name.ru", "Суды")
                .when().post(stubs.page + "/themes")
                .then().statusCode(422)
                .body(containsString("<li><a href=\"#theme-name-ru\">The name could not be accepted: check its length</a></li>"))
                .body(containsString("value=\"Суды\""));
    }

    @Test
    void aThemeIsRenamedAndItsResponsePublished() {
        String session = SignIn.as("admin");
        String theme = stubs.page + "/themes/11";
        String html = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(theme).then().statusCode(200).extract().asString();
        assertThat(html, containsString("<input class=\"input\" type=\"text\" id=\"theme-name-kk\" name=\"name.kk\" value=\"Соттардың тәуелсіздігі\""));
        assertThat(html, containsString(">Поправка о судах будет доработана</textarea>"));
        assertThat(html, containsString("<option value=\"12\">суд, судья, акимат (Suggested)</option>"));
        PageForm form = AnalysisStubs.formOn(session, theme);
        Stubs.feedback().register(put(urlPathEqualTo(stubs.api + "/themes/11")).willReturn(Stubs.json(200,
                AnalysisStubs.theme(11, "ACCEPTED"))));
        Stubs.feedback().register(put(urlPathEqualTo(stubs.api + "/themes/11/response")).willReturn(Stubs.json(200,
                AnalysisStubs.theme(11, "ACCEPTED"))));

        posting(session, form, "en").formParam("name.ru", "Суды").formParam("name.en", "Courts")
                .when().post(theme)
                .then().statusCode(303).header("Location", endsWith(theme + "?done=renamed"));
        assertJson("{\"name\":{\"ru\":\"Суды\",\"en\":\"Courts\"}}",
                AnalysisStubs.only(putRequestedFor(urlPathEqualTo(stubs.api + "/themes/11"))));

        posting(session, form, "en").formParam("response.ru", "x".repeat(5001))
                .when().post(theme + "/response")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#response-text-ru\">Use at most 5000 characters</a></li>"));
        posting(session, form, "en").formParam("response.kk", "Соттар туралы түзету пысықталады")
                .formParam("response.ru", "Поправка о судах будет доработана").formParam("response.en", "")
                .when().post(theme + "/response")
                .then().statusCode(303).header("Location", endsWith(theme + "?done=responded#response-text-kk"));
        assertJson("{\"text\":{\"kk\":\"Соттар туралы түзету пысықталады\",\"ru\":\"Поправка о судах будет доработана\"}}",
                AnalysisStubs.only(putRequestedFor(urlPathEqualTo(stubs.api + "/themes/11/response"))));
    }

    @Test
    void aSuggestedThemeIsAcceptedAndAWrongStatusExplained() {
        String session = SignIn.as("moderator");
        PageForm form = AnalysisStubs.formOn(session, stubs.page);
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/themes/12/accept")).willReturn(Stubs.json(200,
                AnalysisStubs.theme(12, "ACCEPTED"))));
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/themes/11/accept")).willReturn(problem(409,
                "invalid-transition", "[]")));

        posting(session, form, "en").when().post(stubs.page + "/themes/12/accept")
                .then().statusCode(303).header("Location", endsWith(stubs.page + "?done=accepted#codebook"));
        posting(session, form, "en").when().post(stubs.page + "/themes/11/accept")
                .then().statusCode(409)
                .body(containsString("<li><a href=\"#theme-decision\">The theme’s status does not allow this any more. Reload the page.</a></li>"));
        Stubs.feedback().verifyThat(1, postRequestedFor(urlPathEqualTo(stubs.api + "/themes/12/accept"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("moderator"))));
    }

    @Test
    void aThemeIsMergedIntoAnotherThatTheServiceAccepts() {
        String session = SignIn.as("moderator");
        String theme = stubs.page + "/themes/12";
        PageForm form = AnalysisStubs.formOn(session, theme);

        posting(session, form, "en").formParam("into", "")
                .when().post(theme + "/merge")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#merge-into\">Choose an accepted or suggested theme to merge into</a></li>"));
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/themes/12/merge")).willReturn(problem(422,
                "validation", "[{\"field\":\"into\",\"message\":\"not a theme of this forum\"}]")));
        posting(session, form, "en").formParam("into", "99")
                .when().post(theme + "/merge")
                .then().statusCode(422)
                .body(containsString("id=\"merge-into-error\""));
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/themes/12/merge")).willReturn(Stubs.json(200,
                AnalysisStubs.theme(11, "ACCEPTED"))));
        posting(session, form, "en").formParam("into", "11")
                .when().post(theme + "/merge")
                .then().statusCode(303).header("Location", endsWith(stubs.page + "?done=merged#theme-11"));
        assertJson("{\"into\":11}", Stubs.feedback().find(postRequestedFor(urlPathEqualTo(stubs.api + "/themes/12/merge"))).get(1));
    }

    @Test
    void suggestingThemesOpensTheJobsProgressAndARunningJobIsLinked() {
        String session = SignIn.as("moderator");
        PageForm form = AnalysisStubs.formOn(session, stubs.page);
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/jobs")).willReturn(Stubs.json(201,
                AnalysisStubs.job(41, "SUGGEST_THEMES", "QUEUED", 0, 0, 0))));

        posting(session, form, "en").formParam("themes", "1")
                .when().post(stubs.page + "/suggest")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#job-themes\">Enter a whole number from 2 to 50, or leave it empty</a></li>"));
        posting(session, form, "en").formParam("themes", "12")
                .when().post(stubs.page + "/suggest")
                .then().statusCode(303).header("Location", endsWith(stubs.page + "/jobs/41"));
        assertJson("{\"kind\":\"SUGGEST_THEMES\",\"parameters\":{\"themes\":12}}",
                AnalysisStubs.only(postRequestedFor(urlPathEqualTo(stubs.api + "/jobs"))));

        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/jobs")).willReturn(problem(409, "job-running", "[]")));
        Stubs.feedback().register(get(urlPathEqualTo(stubs.api + "/jobs/current")).willReturn(Stubs.json(200,
                AnalysisStubs.job(40, "CAMPAIGNS", "RUNNING", 42, 4200, 10000))));
        posting(session, form, "en").formParam("themes", "")
                .when().post(stubs.page + "/suggest")
                .then().statusCode(409)
                .body(containsString("<li><a href=\"#suggest-button\">An analysis job is already running for this forum.</a></li>"))
                .body(containsString("<a href=\"" + stubs.page + "/jobs/40\">See the running job</a>"));
    }

    @Test
    void aRunningJobsProgressIsFollowedAndItCanBeCancelled() {
        String session = SignIn.as("moderator");
        String job = stubs.page + "/jobs/40";
        Stubs.feedback().register(get(urlPathEqualTo(stubs.api + "/jobs/40")).willReturn(Stubs.json(200,
                AnalysisStubs.job(40, "SUGGEST_THEMES", "RUNNING", 42, 4200, 10000))));
        String html = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(job).then().statusCode(200).extract().asString();
        assertThat(html, containsString("<script src=\"/js/job-progress.js\" defer></script>"));
        assertThat("a page reloading itself on a timer fails WCAG 2.2.1", html, not(containsString("http-equiv=\"refresh\"")));
        assertThat(html, containsString("<div class=\"job-panel\" id=\"job-40\" data-progress-url=\"" + job + "/progress\">"));
        assertThat(html, containsString("<progress id=\"job-progress-40\" max=\"100\" value=\"42\">"));
        assertThat(html, containsString("42 % — 4,200 of 10,000"));
        assertThat(html, containsString("<p data-job-refresh><a href=\"" + job + "\">Refresh</a></p>"));
        assertThat(html, containsString("<form method=\"post\" action=\"" + job + "/cancel\">"));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "ru")
                .when().get(job + "/progress")
                .then().statusCode(200).contentType(containsString("application/json"))
                .body("status", org.hamcrest.Matchers.equalTo("RUNNING"))
                .body("statusLabel", org.hamcrest.Matchers.equalTo("Идёт"))
                .body("running", org.hamcrest.Matchers.equalTo(true))
                .body("progress", org.hamcrest.Matchers.equalTo(42))
                .body("progressText", org.hamcrest.Matchers.matchesPattern("42 % — 4\\D200 из 10\\D000"));
        given().when().get("/js/job-progress.js").then().statusCode(200).body(containsString("data-progress-url"));

        PageForm form = AnalysisStubs.formOn(session, job);
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/jobs/40/cancel")).willReturn(Stubs.json(200,
                AnalysisStubs.job(40, "SUGGEST_THEMES", "CANCELLED", 42, 4200, 10000))));
        posting(session, form, "en").when().post(job + "/cancel")
                .then().statusCode(303).header("Location", endsWith(job));
        Stubs.feedback().verifyThat(1, postRequestedFor(urlPathEqualTo(stubs.api + "/jobs/40/cancel")));

        Stubs.feedback().register(get(urlPathEqualTo(stubs.api + "/jobs/40")).willReturn(Stubs.json(200,
                AnalysisStubs.job(40, "SUGGEST_THEMES", "SUCCEEDED", 100, 10000, 10000))));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(job).then().statusCode(200)
                .body(not(containsString("job-progress.js")))
                .body(not(containsString("data-progress-url")))
                .body(not(containsString("/cancel\"")))
                .body(containsString("<a href=\"" + stubs.page + "#codebook\">See the result</a>"));
    }

    @Test
    void onlyModeratorsAndAdministratorsMayAnalyse() {
        given().redirects().follow(false).when().get(stubs.page)
                .then().statusCode(303)
                .header("Location", endsWith("/login?next=" + stubs.page.replace("/", "%2F")));
        for (String user : new String[] {"editor", "citizen"}) {
            String session = "citizen".equals(user) ? SignIn.asCitizen() : SignIn.as(user);
            for (String path : new String[] {"/admin/analysis", stubs.page, stubs.page + "/items", stubs.page + "/campaigns",
                    stubs.page + "/themes/11", stubs.page + "/jobs/40"}) {
                given().cookie(SignIn.SESSION_COOKIE, session).when().get(path).then().statusCode(403);
            }
            PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/"));
            posting(session, form, "en").formParam("name.ru", "Не моя тема")
                    .when().post(stubs.page + "/themes").then().statusCode(403);
            posting(session, form, "en").formParam("action", "NO_THEME").formParam("item", "COMMENT:501")
                    .when().post(stubs.page + "/items/tags").then().statusCode(403);
        }
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("name.ru", "Без токена")
                .when().post(stubs.page + "/themes")
                .then().statusCode(403).body(containsString("This form could not be accepted"));
        Stubs.feedback().verifyThat(0, anyRequestedFor(urlPathMatching(stubs.api + "/(themes|tags|items|jobs|campaigns).*"))
                .withHeader("Authorization", WireMock.containing(SignIn.accessTokenOf("editor"))));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathMatching(stubs.api + "/.*")));
    }

    @Test
    void theConsoleLinksTheAnalysis() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).header("Accept-Language", "en")
                .when().get("/admin/analysis")
                .then().statusCode(200)
                .body(containsString("<a href=\"/admin/forums/" + Stubs.ALMATY + "/analysis\">"));
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("admin")).header("Accept-Language", "en")
                .when().get("/admin/forums/" + stubs.slug)
                .then().statusCode(200)
                .body(containsString("<a href=\"/admin/forums/" + stubs.slug + "/analysis\">Analysis of the feedback</a>"));
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor")).header("Accept-Language", "en")
                .when().get("/admin/forums/" + stubs.slug)
                .then().statusCode(200)
                .body(not(containsString("/analysis\"")));
    }
}
