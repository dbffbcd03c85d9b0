package org.pikir.gateway.admin;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The moderation queue most likely spam first, each item's spam score in words and number and its campaign linked;
 * a campaign's page with its representative text, states and comments by cursor, and one decision for all of them
 * sent to feedback-service with reason and note (errors next to the fields, CSRF and roles before anything is sent).
 */
@QuarkusTest
class ModerationCampaignPagesTest {

    private static final String QUEUE = "/api/feedback/moderation/queue";
    private static final String CSRF = "csrf-token";

    private String event;
    private long campaign;
    private long spam;
    private long plain;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        event = "forum-" + UUID.randomUUID().toString().substring(0, 8);
        campaign = 700_000 + (long) (Math.random() * 100_000);
        spam = campaign + 1;
        plain = campaign + 2;
        Stubs.feedback().register(get(urlPathEqualTo(QUEUE)).withQueryParam("event", WireMock.equalTo(event))
                .willReturn(Stubs.json(200, """
                        {"items":[
                          {"type":"COMMENT","id":%2$d,"eventSlug":"%1$s","title":null,"text":"Поддерживаю реформу полностью!",
                           "language":"ru","authorName":"Бот 17","visibility":"PENDING","flagCount":0,"openFlagCount":0,
                           "flagReasons":{},"createdAt":"2026-03-01T10:00:00Z","spamScore":0.923,"campaignId":%4$d,
                           "campaignSize":500},
                          {"type":"COMMENT","id":%3$d,"eventSlug":"%1$s","title":null,"text":"Нужно больше слушаний",
                           "language":"ru","authorName":"Асель","visibility":"PENDING","flagCount":0,"openFlagCount":0,
                           "flagReasons":{},"createdAt":"2026-03-02T10:00:00Z","spamScore":0.1,"campaignId":null,
                           "campaignSize":null}],
                         "nextCursor":"s0.92x1"}""".formatted(event, spam, plain, campaign))));
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/moderation/policies/" + event))
                .willReturn(Stubs.json(200, "{\"eventSlug\":\"%s\",\"mode\":\"PRE\"}".formatted(event))));
        Stubs.feedback().register(get(urlPathEqualTo(campaignPath())).willReturn(Stubs.json(200, """
                {"id":%d,"eventSlug":"%s","memberCount":500,
                 "representative":{"type":"COMMENT","id":%d,"language":"ru","text":"Поддерживаю реформу полностью!"},
                 "firstAt":"2026-03-01T10:00:00Z","lastAt":"2026-03-01T11:30:00Z","detectedAt":"2026-03-01T12:00:00Z",
                 "byStatus":{"PUBLISHED":0,"PENDING":480,"HIDDEN":0,"REJECTED":20}}""".formatted(campaign, event, spam))));
        Stubs.feedback().register(get(urlPathEqualTo(campaignPath() + "/members")).willReturn(Stubs.json(200, """
                {"items":[{"id":%d,"status":"PENDING","authorName":"Бот 17","createdAt":"2026-03-01T10:00:00Z",
                           "text":"Поддерживаю реформу полностью!"},
                          {"id":%d,"status":"REJECTED","authorName":"Бот 18","createdAt":"2026-03-01T10:01:00Z",
                           "text":"Поддерживаю реформу полностью!!"}],
                 "nextCursor":"m2"}""".formatted(spam, spam + 10))));
    }

    private String campaignPath() {
        return "/api/feedback/analysis/" + event + "/campaigns/" + campaign;
    }

    private String page() {
        return "/admin/moderation/campaigns/" + campaign + "?event=" + event;
    }

    @Test
    void theQueueComesMostLikelySpamFirstWithScoresAndCampaigns() {
        String html = given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).header("Accept-Language", "en")
                .queryParam("event", event)
                .when().get("/admin/moderation")
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<option value=\"score\" selected>Most likely spam first</option>"));
        String first = html.substring(html.indexOf("id=\"item-comment-" + spam + "\""));
        first = first.substring(0, first.indexOf("</li>"));
        assertThat(first, containsString("<span class=\"spam-score spam-score--high\">Likely spam: high (0.92)</span>"));
        assertThat(first, containsString("<a href=\"/admin/moderation/campaigns/" + campaign + "?event=" + event
                + "\">One of 500 near-identical comments</a>"));
        assertThat("a likely spam item keeps its text and its decision form", first, containsString("Поддерживаю реформу полностью!"));
        assertThat(first, containsString("value=\"PUBLISH\">Publish"));
        String second = html.substring(html.indexOf("id=\"item-comment-" + plain + "\""));
        second = second.substring(0, second.indexOf("</li>"));
        assertThat(second, containsString("Likely spam: low (0.10)"));
        assertThat(second, not(containsString("near-identical")));
        assertThat(html.indexOf("item-comment-" + spam), lessThan(html.indexOf("item-comment-" + plain)));
        assertThat(html, containsString("nothing is hidden or rejected without a moderator"));
        assertThat(html, containsString("<a href=\"/admin/moderation?event=" + event + "&amp;after=s0.92x1\" rel=\"next\">"));
        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo(QUEUE))
                .withQueryParam("event", WireMock.equalTo(event)).withQueryParam("order", WireMock.equalTo("score")));
    }

    @Test
    void theOldestFirstOrderIsKeptAcrossPagesAndDecisions() {
        String session = SignIn.as("moderator");
        String html = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "ru")
                .queryParam("event", event).queryParam("order", "oldest")
                .when().get("/admin/moderation")
                .then().statusCode(200).extract().asString();
        assertThat(html, containsString("<option value=\"oldest\" selected>Сначала старые</option>"));
        assertThat(html, containsString("Вероятность спама: высокая (0,92)"));
        assertThat(html, containsString("Один из 500 почти одинаковых комментариев"));
        assertThat(html, containsString("<a href=\"/admin/moderation?event=" + event + "&amp;order=oldest&amp;after=s0.92x1\" rel=\"next\">"));
        assertThat(html, containsString("<input type=\"hidden\" name=\"order\" value=\"oldest\">"));
        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo(QUEUE))
                .withQueryParam("event", WireMock.equalTo(event)).withQueryParam("order", WireMock.equalTo("oldest")));

        Stubs.feedback().register(post(urlPathEqualTo("/api/feedback/moderation/comments/" + plain))
                .willReturn(Stubs.json(200, "{}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).queryParam("event", event)
                .when().get("/admin/moderation"));
        posting(session, form, "en").formParam("action", "PUBLISH").formParam("event", event)
                .formParam("state", "pending").formParam("order", "oldest")
                .when().post("/admin/moderation/items/comment/" + plain)
                .then().statusCode(303)
                .header("Location", endsWith("/admin/moderation?event=" + event + "&order=oldest&done=1"));
    }

    @Test
    void theCampaignPageShowsItsTextCountsAndCommentsPage() {
        String html = given().cookie(SignIn.SESSION_COOKIE, SignIn.as("admin")).header("Accept-Language", "en")
                .when().get(page())
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<h1>Campaign of 500 near-identical comments</h1>"));
        assertThat(html, containsString("<blockquote class=\"queue-item__text\" lang=\"ru\"><p class=\"long-text\">Поддерживаю реформу полностью!</p></blockquote>"));
        assertThat(html, containsString("<div><dt>Waiting</dt><dd>480</dd></div>"));
        assertThat(html, containsString("<dd>20</dd></div>"));
        assertThat(html, containsString("<tr id=\"member-" + (spam + 10) + "\"><td>Бот 18</td>"));
        assertThat(html, containsString("<a href=\"/admin/moderation/campaigns/" + campaign + "?event=" + event + "&amp;after=m2\" rel=\"next\">More comments</a>"));
        assertThat(html, containsString("<a href=\"/admin/forums/" + event + "/analysis\">Analysis of this forum</a>"));
        assertThat(html, containsString("<form class=\"bulk-form\" id=\"campaign-form\" method=\"post\" action=\"/admin/moderation/campaigns/" + campaign + "?event=" + event + "\" novalidate>"));
        assertThat(html, containsString("The decision applies to all 500 comments"));
        assertThat(html, containsString("<a href=\"/admin/moderation\" aria-current=\"page\">"));
        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo(campaignPath() + "/members"))
                .withQueryParam("size", WireMock.equalTo("50"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("admin"))));

        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("admin")).header("Accept-Language", "kk")
                .when().get(page() + "&after=m2")
                .then().statusCode(200)
                .body(containsString("<h1>Бір-біріне өте ұқсас 500 пікір науқаны</h1>"));
        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo(campaignPath() + "/members"))
                .withQueryParam("after", WireMock.equalTo("m2")));
    }

    @Test
    void aLinkWithoutTheForumIsSentOnToTheForumThatHasTheCampaign() {
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/analysis/" + Stubs.ALMATY + "/campaigns/" + campaign))
                .willReturn(Stubs.json(200, "{\"id\":%d,\"eventSlug\":\"%s\",\"memberCount\":3}".formatted(campaign, Stubs.ALMATY))));
        given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator"))
                .when().get("/admin/moderation/campaigns/" + campaign)
                .then().statusCode(303)
                .header("Location", endsWith("/admin/moderation/campaigns/" + campaign + "?event=" + Stubs.ALMATY));
    }

    @Test
    void aDecisionOnTheWholeCampaignIsSentAndCounted() {
        String session = SignIn.as("moderator");
        String moderate = "/api/feedback/moderation/campaigns/" + campaign;
        Stubs.feedback().register(post(urlPathEqualTo(moderate)).willReturn(Stubs.json(200, "{\"affected\":480}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(page()));

        posting(session, form, "en").formParam("event", event)
                .formParam("action", "REJECT").formParam("reason", "SPAM").formParam("note", " Одна кампания ")
                .when().post("/admin/moderation/campaigns/" + campaign)
                .then().statusCode(303)
                .header("Location", endsWith(page() + "&done=480"));

        List<LoggedRequest> sent = Stubs.feedback().find(postRequestedFor(urlPathEqualTo(moderate)));
        assertThat(sent, hasSize(1));
        assertTrue(equalToJson("{\"action\":\"REJECT\",\"reason\":\"SPAM\",\"note\":\"Одна кампания\"}")
                .match(sent.get(0).getBodyAsString()).isExactMatch(), sent.get(0).getBodyAsString());
        assertThat(sent.get(0).getHeader("Authorization"), equalTo("Bearer " + SignIn.accessTokenOf("moderator")));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get(page() + "&done=480")
                .then().body(containsString("<p class=\"success\" role=\"status\">The decision was applied to 480 comments.</p>"));
    }

    @Test
    void aCampaignDecisionWithoutActionOrReasonComesBackWithErrorsNextToTheFields() {
        String session = SignIn.as("moderator");
        String moderate = "/api/feedback/moderation/campaigns/" + campaign;
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(page()));

        posting(session, form, "en").formParam("event", event).formParam("note", "черновик")
                .when().post("/admin/moderation/campaigns/" + campaign)
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#campaign-action\">"))
                .body(containsString("aria-describedby=\"campaign-action-error\""))
                .body(containsString("value=\"черновик\""));
        posting(session, form, "en").formParam("event", event).formParam("action", "HIDE")
                .when().post("/admin/moderation/campaigns/" + campaign)
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#campaign-reason\">"))
                .body(containsString("aria-describedby=\"campaign-reason-hint campaign-reason-error\""));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo(moderate)));

        Stubs.feedback().register(post(urlPathEqualTo(moderate)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://pikir.org/problems/validation\",\"status\":422,"
                        + "\"errors\":[{\"field\":\"note\",\"message\":\"too long\"}]}")));
        posting(session, form, "en").formParam("event", event).formParam("action", "PUBLISH")
                .when().post("/admin/moderation/campaigns/" + campaign)
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#campaign-note\">"));
    }

    @Test
    void theCampaignIsForModeratorsWithAValidFormOnly() {
        String moderate = "/api/feedback/moderation/campaigns/" + campaign;
        given().redirects().follow(false).when().get(page())
                .then().statusCode(303).header("Location", containsString("/login?next="));
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor")).when().get(page()).then().statusCode(403);
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).when()
                .get("/admin/moderation/campaigns/" + campaign).then().statusCode(404);
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/analysis/" + event + "/campaigns/1"))
                .willReturn(Stubs.json(404, "{}")));
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).when()
                .get("/admin/moderation/campaigns/1?event=" + event).then().statusCode(404);

        String session = SignIn.as("moderator");
        given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("event", event).formParam("action", "PUBLISH")
                .when().post("/admin/moderation/campaigns/" + campaign)
                .then().statusCode(403)
                .body(containsString("This form could not be accepted"));
        String editor = SignIn.as("editor");
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, editor).when().get("/"));
        posting(editor, form, "en").formParam("event", event).formParam("action", "PUBLISH")
                .when().post("/admin/moderation/campaigns/" + campaign)
                .then().statusCode(403);
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo(moderate)));
    }

    private static RequestSpecification posting(String session, PageForm form, String lang) {
        return given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", lang)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(CSRF, form.field(CSRF));
    }
}
