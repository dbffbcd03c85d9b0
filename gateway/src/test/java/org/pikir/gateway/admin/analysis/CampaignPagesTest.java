package org.pikir.gateway.admin.analysis;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.pikir.gateway.admin.EditorRequests.assertJson;
import static org.pikir.gateway.admin.EditorRequests.posting;
import static org.pikir.gateway.admin.EditorRequests.problem;

/** The campaigns tab: the campaigns found, linked to their moderation, and the search job started from it. */
@QuarkusTest
class CampaignPagesTest {

    private AnalysisStubs stubs;
    private String campaigns;

    @BeforeEach
    void stubServices() {
        stubs = new AnalysisStubs();
        campaigns = stubs.page + "/campaigns";
    }

    @Test
    void eachCampaignShowsItsSizeItsTextAndWhereToModerateIt() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).header("Accept-Language", "en")
                .when().get(campaigns)
                .then().statusCode(200)
                .body(containsString("<h3>512 near-identical comments</h3>"))
                .body(containsString("<blockquote class=\"queue-item__text\" lang=\"ru\"><p class=\"long-text\">Я против поправки 7, верните всё как было!</p></blockquote>"))
                .body(containsString("Published: 500 · Awaiting moderation: 12"))
                .body(containsString("<a href=\"/admin/moderation/campaigns/5\">Moderate this campaign</a>"))
                .body(containsString("<a href=\"" + stubs.page + "/items?campaign=5&amp;status=all\">"))
                .body(containsString("aria-current=\"page\">Campaigns</a>"));
    }

    @Test
    void findingCampaignsStartsTheJobAndARunningOneIsLinked() {
        String session = SignIn.as("admin");
        PageForm form = AnalysisStubs.formOn(session, campaigns);
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/jobs")).willReturn(Stubs.json(201,
                AnalysisStubs.job(44, "CAMPAIGNS", "QUEUED", 0, 0, 0))));

        posting(session, form, "en").when().post(campaigns + "/find")
                .then().statusCode(303).header("Location", endsWith(stubs.page + "/jobs/44"));
        assertJson("{\"kind\":\"CAMPAIGNS\"}",
                AnalysisStubs.only(postRequestedFor(urlPathEqualTo(stubs.api + "/jobs"))));

        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/jobs")).willReturn(problem(409, "job-running", "[]")));
        Stubs.feedback().register(get(urlPathEqualTo(stubs.api + "/jobs/current")).willReturn(Stubs.json(200,
                AnalysisStubs.job(43, "SUGGEST_THEMES", "RUNNING", 10, 100, 1000))));
        posting(session, form, "ru").when().post(campaigns + "/find")
                .then().statusCode(409)
                .body(containsString("<li><a href=\"#find-campaigns\">Для этого форума уже идёт задача анализа.</a></li>"))
                .body(containsString("<a href=\"" + stubs.page + "/jobs/43\">Открыть идущую задачу</a>"))
                .body(containsString("<progress id=\"job-progress-43\" max=\"100\" value=\"10\">"));
    }
}
