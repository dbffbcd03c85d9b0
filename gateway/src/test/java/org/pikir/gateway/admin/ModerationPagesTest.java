package org.pikir.gateway.admin;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
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
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The moderation queue: items with their flags and a decision form each, filters and keyset pages
 * passed on to feedback-service, decisions and bulk decisions sent with reason and note, the forum's
 * policy; reasons required by the form, CSRF and roles enforced before anything is sent.
 */
@QuarkusTest
class ModerationPagesTest {

    private static final String QUEUE = "/api/feedback/moderation/queue";
    private static final String CSRF = "csrf-token";

    /** A forum slug of this test only, so the stubs and requests of one test do not meet another's. */
    private String event;
    private long comment;
    private long recommendation;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        event = "forum-" + UUID.randomUUID().toString().substring(0, 8);
        comment = 500_000 + (long) (Math.random() * 100_000);
        recommendation = comment + 1;
        Stubs.feedback().register(get(urlPathEqualTo(QUEUE)).withQueryParam("event", WireMock.equalTo(event))
                .willReturn(Stubs.json(200, """
                        {"items":[
                          {"type":"COMMENT","id":%2$d,"eventSlug":"%1$s","title":null,"text":"Купите дешёвые часы",
                           "language":"ru","authorName":"Спамер","visibility":"PUBLISHED","flagCount":3,"openFlagCount":2,
                           "flagReasons":{"SPAM":2,"ABUSE":1},"createdAt":"2026-03-01T10:00:00Z"},
                          {"type":"RECOMMENDATION","id":%3$d,"eventSlug":"%1$s","title":"Больше слушаний",
                           "text":"Проводить слушания в районах","language":"ru","authorName":"Асель","visibility":"PENDING",
                           "flagCount":0,"openFlagCount":0,"flagReasons":{},"createdAt":"2026-03-02T10:00:00Z"}],
                         "nextCursor":"cursor42"}""".formatted(event, comment, recommendation))));
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/moderation/policies/" + event))
                .willReturn(Stubs.json(200, """
                        {"eventSlug":"%s","mode":"POST","updatedBy":"admin","updatedAt":"2026-03-01T06:00:00Z"}"""
                        .formatted(event))));
    }

    @Test
    void theQueueShowsEachItemWithItsReportsAndADecisionForm() {
        String html = given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).header("Accept-Language", "en")
                .queryParam("event", event)
                .when().get("/admin/moderation")
                .then().statusCode(200).extract().asString();

        String first = html.substring(html.indexOf("id=\"item-comment-" + comment + "\""));
        assertThat(first, containsString("Купите дешёвые часы"));
        assertThat(first, containsString("Open reports: 2. Reasons: spam or advertising (2), abusive or insulting (1)"));
        assertThat(first, containsString("<form class=\"decision-form\" method=\"post\" action=\"/admin/moderation/items/comment/" + comment + "\" novalidate>"));
        assertThat(first, containsString("<label for=\"reason-comment-" + comment + "\">"));
        assertThat(first, containsString("value=\"PUBLISH\">Keep published"));
        assertThat(first, containsString("value=\"HIDE\">Hide"));
        assertThat(first, containsString("<input type=\"checkbox\" id=\"select-comment-" + comment + "\" name=\"item\" value=\"comment:" + comment + "\" form=\"bulk-form\">"));
        String second = html.substring(html.indexOf("id=\"item-recommendation-" + recommendation + "\""));
        assertThat(second, containsString("<p class=\"queue-item__title\">Больше слушаний</p>"));
        assertThat("a pending item cannot be hidden, only published or rejected",
                second.substring(0, second.indexOf("</li>")), not(containsString("value=\"HIDE\"")));
        assertThat(html, containsString("<a href=\"/admin/moderation?event=" + event + "&amp;after=cursor42\" rel=\"next\">"));
        assertThat(html, containsString("<h2 id=\"policy-heading\">Moderation policy: " + event + "</h2>"));
        assertThat(html, containsString("Now: appear at once (post-moderation)."));

        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo(QUEUE))
                .withQueryParam("event", WireMock.equalTo(event))
                .withQueryParam("state", WireMock.equalTo("pending"))
                .withQueryParam("size", WireMock.equalTo("20"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("moderator"))));
    }

    @Test
    void theFiltersAndTheCursorArePassedOnAndUnknownValuesDropped() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("admin")).header("Accept-Language", "en")
                .queryParam("event", event).queryParam("type", "comment").queryParam("state", "flagged")
                .queryParam("after", "cursor42")
                .when().get("/admin/moderation")
                .then().statusCode(200)
                .body(containsString("<option value=\"comment\" selected>"))
                .body(containsString("<option value=\"flagged\" selected>"))
                .body(containsString("<a href=\"/admin/moderation?event=" + event + "&amp;type=comment&amp;state=flagged\">First page</a>"));
        Stubs.feedback().verifyThat(1, getRequestedFor(urlPathEqualTo(QUEUE))
                .withQueryParam("event", WireMock.equalTo(event))
                .withQueryParam("type", WireMock.equalTo("comment"))
                .withQueryParam("state", WireMock.equalTo("flagged"))
                .withQueryParam("after", WireMock.equalTo("cursor42")));

        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("admin"))
                .queryParam("event", event).queryParam("type", "everything").queryParam("state", "deleted")
                .queryParam("after", "'; drop table")
                .when().get("/admin/moderation")
                .then().statusCode(200);
        Stubs.feedback().verifyThat(1, getRequestedFor(urlPathEqualTo(QUEUE))
                .withQueryParam("event", WireMock.equalTo(event))
                .withQueryParam("state", WireMock.equalTo("pending"))
                .withQueryParam("type", WireMock.absent())
                .withQueryParam("after", WireMock.absent()));
    }

    @Test
    void hidingNeedsAReasonAndTheSummaryLinksToThatItemsReason() {
        String session = SignIn.as("moderator");
        PageForm form = formOn(session);

        posting(session, form, "ru")
                .formParam("action", "HIDE").formParam("reason", "").formParam("note", "Реклама часов")
                .formParam("event", event).formParam("filter-type", "").formParam("state", "pending")
                .when().post("/admin/moderation/items/comment/" + comment)
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#reason-comment-" + comment + "\">"))
                .body(containsString("id=\"note-comment-" + comment + "\" name=\"note\" value=\"Реклама часов\""))
                .body(containsString("aria-describedby=\"reason-comment-" + comment + "-error\""));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo(decision("comments", comment))));
    }

    @Test
    void aDecisionIsSentWithItsReasonAndNoteThenBackToTheSameQueue() {
        String session = SignIn.as("moderator");
        Stubs.feedback().register(post(urlPathEqualTo(decision("comments", comment))).willReturn(Stubs.json(200, "{}")));
        PageForm form = formOn(session);

        posting(session, form, "en")
                .formParam("action", "HIDE").formParam("reason", "SPAM").formParam("note", "Реклама часов")
                .formParam("event", event).formParam("filter-type", "comment").formParam("state", "flagged")
                .formParam("after", "")
                .when().post("/admin/moderation/items/comment/" + comment)
                .then().statusCode(303)
                .header("Location", endsWith("/admin/moderation?event=" + event + "&type=comment&state=flagged&done=1"));

        LoggedRequest sent = only(postRequestedFor(urlPathEqualTo(decision("comments", comment))));
        assertJson("{\"action\":\"HIDE\",\"reason\":\"SPAM\",\"note\":\"Реклама часов\"}", sent);
        assertThat(sent.getHeader("Authorization"), equalTo("Bearer " + SignIn.accessTokenOf("moderator")));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .queryParam("event", event).queryParam("done", "1")
                .when().get("/admin/moderation")
                .then().body(containsString("<p class=\"success\" role=\"status\">Decisions recorded: 1.</p>"));
    }

    @Test
    void aDecisionTheServiceRefusesIsExplainedAtTheItem() {
        String session = SignIn.as("moderator");
        Stubs.feedback().register(post(urlPathEqualTo(decision("recommendations", recommendation)))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://pikir.org/problems/invalid-transition\",\"status\":409}")));
        PageForm form = formOn(session);

        posting(session, form, "kk")
                .formParam("action", "PUBLISH").formParam("reason", "").formParam("note", "")
                .formParam("event", event).formParam("state", "pending")
                .when().post("/admin/moderation/items/recommendation/" + recommendation)
                .then().statusCode(409)
                .body(containsString("<html lang=\"kk\">"))
                .body(containsString("<li><a href=\"#reason-recommendation-" + recommendation + "\">Бұл шешім қазір мүмкін емес"));
        assertJson("{\"action\":\"PUBLISH\"}", only(postRequestedFor(urlPathEqualTo(decision("recommendations", recommendation)))));
    }

    @Test
    void aBulkDecisionIsSentForEveryTickedItemAndTheOutcomeCounted() {
        String session = SignIn.as("moderator");
        Stubs.feedback().register(post(urlPathEqualTo(decision("comments", comment))).willReturn(Stubs.json(200, "{}")));
        Stubs.feedback().register(post(urlPathEqualTo(decision("recommendations", recommendation)))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://pikir.org/problems/invalid-transition\",\"status\":409}")));
        PageForm form = formOn(session);

        posting(session, form, "en")
                .formParam("item", "comment:" + comment)
                .formParam("item", "recommendation:" + recommendation)
                .formParam("item", "user:1")
                .formParam("action", "REJECT").formParam("reason", "DUPLICATE").formParam("note", "")
                .formParam("event", event).formParam("filter-type", "").formParam("state", "pending")
                .formParam("after", "cursor42")
                .when().post("/admin/moderation/bulk")
                .then().statusCode(303)
                .header("Location", endsWith("/admin/moderation?event=" + event + "&done=1&failed=1"));

        String body = "{\"action\":\"REJECT\",\"reason\":\"DUPLICATE\"}";
        assertJson(body, only(postRequestedFor(urlPathEqualTo(decision("comments", comment)))));
        assertJson(body, only(postRequestedFor(urlPathEqualTo(decision("recommendations", recommendation)))));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .queryParam("event", event).queryParam("done", "1").queryParam("failed", "1")
                .when().get("/admin/moderation")
                .then().body(containsString("Decisions recorded: 1. Could not be changed: 1"));
    }

    @Test
    void aBulkDecisionWithoutItemsOrDecisionComesBackWithTheSummary() {
        String session = SignIn.as("moderator");
        PageForm form = formOn(session);

        posting(session, form, "en")
                .formParam("reason", "SPAM").formParam("note", "Кампания")
                .formParam("event", event).formParam("state", "pending")
                .when().post("/admin/moderation/bulk")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#bulk-items\">Select at least one item</a></li>"))
                .body(containsString("<li><a href=\"#bulk-action\">Choose a decision</a></li>"))
                .body(containsString("<option value=\"SPAM\" selected>"))
                .body(containsString("id=\"bulk-note\" name=\"note\" value=\"Кампания\""));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathMatching("/api/feedback/moderation/(comments|recommendations)/(" + comment + "|" + recommendation + ")")));
    }

    @Test
    void theForumsPolicyIsChangedForTheChosenForum() {
        String session = SignIn.as("moderator");
        String policy = "/api/feedback/moderation/policies/" + event;
        Stubs.feedback().register(put(urlPathEqualTo(policy)).willReturn(Stubs.json(200, """
                {"eventSlug":"%s","mode":"PRE","updatedBy":"moderator","updatedAt":"2026-03-05T06:00:00Z"}""".formatted(event))));
        PageForm form = formOn(session);

        posting(session, form, "en").formParam("event", event).formParam("mode", "PRE")
                .formParam("filter-type", "").formParam("state", "pending")
                .when().post("/admin/moderation/policy")
                .then().statusCode(303)
                .header("Location", endsWith("/admin/moderation?event=" + event + "&policy=saved"));
        assertJson("{\"mode\":\"PRE\"}", only(putRequestedFor(urlPathEqualTo(policy))));

        posting(session, form, "en").formParam("event", event).formParam("mode", "LATER")
                .when().post("/admin/moderation/policy")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#policy-mode\">"));
        Stubs.feedback().verifyThat(1, putRequestedFor(urlPathEqualTo(policy)));
    }

    @Test
    void aDecisionWithoutTheCsrfTokenIsRefusedAndNothingIsSent() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("action", "HIDE").formParam("reason", "SPAM")
                .when().post("/admin/moderation/items/comment/" + comment)
                .then().statusCode(403)
                .body(containsString("This form could not be accepted"));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo(decision("comments", comment))));
    }

    @Test
    void editorsAndCitizensAreRefusedAndNobodySignedInIsSentToSignIn() {
        given().redirects().follow(false).queryParam("event", event)
                .when().get("/admin/moderation")
                .then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fadmin%2Fmoderation%3Fevent%3D" + event));
        for (String user : new String[] {"editor", "citizen2"}) {
            String session = SignIn.as(user);
            given().cookie(SignIn.SESSION_COOKIE, session).queryParam("event", event)
                    .when().get("/admin/moderation")
                    .then().statusCode(403);
            PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/"));
            posting(session, form, "en").formParam("action", "HIDE").formParam("reason", "SPAM")
                    .when().post("/admin/moderation/items/comment/" + comment)
                    .then().statusCode(403);
            posting(session, form, "en").formParam("item", "comment:" + comment).formParam("action", "REJECT")
                    .formParam("reason", "SPAM")
                    .when().post("/admin/moderation/bulk")
                    .then().statusCode(403);
        }
        Stubs.feedback().verifyThat(0, anyRequestedFor(urlPathEqualTo(QUEUE)).withQueryParam("event", WireMock.equalTo(event)));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo(decision("comments", comment))));
    }

    private PageForm formOn(String session) {
        return PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).queryParam("event", event)
                .when().get("/admin/moderation"));
    }

    private static String decision(String type, long id) {
        return "/api/feedback/moderation/" + type + "/" + id;
    }

    private static RequestSpecification posting(String session, PageForm form, String lang) {
        return given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", lang)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(CSRF, form.field(CSRF));
    }

    private static LoggedRequest only(RequestPatternBuilder pattern) {
        List<LoggedRequest> sent = Stubs.feedback().find(pattern);
        assertThat(sent, hasSize(1));
        return sent.get(0);
    }

    private static void assertJson(String expected, LoggedRequest sent) {
        assertTrue(equalToJson(expected).match(sent.getBodyAsString()).isExactMatch(), sent.getBodyAsString());
    }
}
