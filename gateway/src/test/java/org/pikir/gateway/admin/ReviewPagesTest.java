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
 * The review of recommendations: the queue with its filters passed on to feedback-service, a
 * recommendation's page with assignment, status change, official answer and internal notes, each
 * form with an error summary, the CSRF token and the reviewer's own token on every call.
 */
@QuarkusTest
class ReviewPagesTest {

    private static final String QUEUE = "/api/feedback/review/queue";
    private static final String CSRF = "csrf-token";

    private String event;
    private long id;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        event = "forum-" + UUID.randomUUID().toString().substring(0, 8);
        id = 700_000 + (long) (Math.random() * 100_000);
        stubRecommendation(id, "UNDER_REVIEW", null);
        Stubs.feedback().register(get(urlPathEqualTo(api(id) + "/notes")).willReturn(Stubs.json(200, """
                [{"id":1,"recommendationId":%d,"author":"admin","text":"Уточнить у акимата","createdAt":"2026-03-03T04:00:00Z"}]"""
                .formatted(id))));
        Stubs.feedback().register(get(urlPathEqualTo(QUEUE)).withQueryParam("event", WireMock.equalTo(event))
                .willReturn(Stubs.json(200, """
                        {"items":[
                          {"id":%2$d,"eventSlug":"%1$s","title":"Больше слушаний в регионах","body":"…","language":"ru",
                           "authorName":"Асель","status":"UNDER_REVIEW","visibility":"PUBLISHED","assignee":"moderator",
                           "endorsementCount":7,"answerDueAt":"2026-03-31T10:00:00Z","overdue":true,
                           "createdAt":"2026-03-01T10:00:00Z"},
                          {"id":%3$d,"eventSlug":"%1$s","title":"Открыть данные бюджета","body":"…","language":"ru",
                           "authorName":"Ерлан","status":"ACCEPTED","visibility":"PUBLISHED","assignee":null,
                           "endorsementCount":2,"officialAnswer":{"text":"Да","answeredBy":"Акимат","answeredAt":"2026-03-05T10:00:00Z"},
                           "answerDueAt":"2026-04-01T10:00:00Z","overdue":false,"createdAt":"2026-03-02T10:00:00Z"}],
                         "nextCursor":"next7"}""".formatted(event, id, id + 1))));
    }

    @Test
    void theQueueShowsStatusReviewerAndWhatIsOverdue() {
        String html = given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).header("Accept-Language", "en")
                .queryParam("event", event)
                .when().get("/admin/review")
                .then().statusCode(200).extract().asString();

        String first = html.substring(html.indexOf("<li class=\"review-row is-overdue\">"));
        assertThat(first, containsString("<a href=\"/admin/review/" + id + "\">Больше слушаний в регионах</a>"));
        assertThat(first, containsString("assigned to moderator"));
        assertThat(first, containsString("<strong class=\"overdue\">overdue</strong>"));
        assertThat(first, containsString("endorsements: 7"));
        assertThat(html, containsString("<li class=\"review-row\">"));
        assertThat(html, containsString("not assigned · answered"));
        assertThat(html, containsString("href=\"/admin/review?event=" + event + "&amp;after=next7\" rel=\"next\""));
        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo(QUEUE))
                .withQueryParam("event", WireMock.equalTo(event))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("moderator"))));
    }

    @Test
    void mineUnansweredAndOverdueBecomeTheQueuesQueryWithTheReviewersName() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).header("Accept-Language", "en")
                .queryParam("event", event).queryParam("status", "UNDER_REVIEW").queryParam("mine", "true")
                .queryParam("unanswered", "true").queryParam("overdue", "true")
                .when().get("/admin/review")
                .then().statusCode(200)
                .body(containsString("<input type=\"checkbox\" id=\"filter-mine\" name=\"mine\" value=\"true\" checked>"))
                .body(containsString("<option value=\"UNDER_REVIEW\" selected>"));
        Stubs.feedback().verifyThat(1, getRequestedFor(urlPathEqualTo(QUEUE))
                .withQueryParam("event", WireMock.equalTo(event))
                .withQueryParam("status", WireMock.equalTo("UNDER_REVIEW"))
                .withQueryParam("assignee", WireMock.equalTo("moderator"))
                .withQueryParam("unanswered", WireMock.equalTo("true"))
                .withQueryParam("overdue", WireMock.equalTo("true")));
    }

    @Test
    void theRecommendationsPageOffersOnlyTheStatusesThatMayFollow() {
        String html = given().cookie(SignIn.SESSION_COOKIE, SignIn.as("admin")).header("Accept-Language", "en")
                .when().get("/admin/review/" + id)
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<h1 lang=\"ru\">Больше слушаний в регионах</h1>"));
        assertThat(html, containsString("Проводить слушания в каждом областном центре."));
        for (String next : new String[] {"ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED", "MERGED"}) {
            assertThat(html, containsString("<input type=\"radio\" id=\"status-choice-" + next + "\" name=\"status\" value=\"" + next + "\">"));
        }
        assertThat(html, not(containsString("value=\"SUBMITTED\"")));
        assertThat(html, containsString("<form method=\"post\" action=\"/admin/review/" + id + "/answer\" novalidate>"));
        assertThat(html, containsString("<label for=\"answer-text\">"));
        assertThat(html, containsString("Уточнить у акимата"));
        assertThat(html, containsString("<input type=\"hidden\" name=\"to\" value=\"me\">"));
    }

    @Test
    void aSubmittedRecommendationCannotBeAnsweredYet() {
        long submitted = id + 50;
        stubRecommendation(submitted, "SUBMITTED", null);
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).header("Accept-Language", "en")
                .when().get("/admin/review/" + submitted)
                .then().statusCode(200)
                .body(containsString("Take the recommendation under review before answering it."))
                .body(not(containsString("action=\"/admin/review/" + submitted + "/answer\"")))
                .body(containsString("value=\"UNDER_REVIEW\""));
    }

    @Test
    void assigningSendsTheChosenReviewer() {
        String session = SignIn.as("moderator");
        Stubs.feedback().register(put(urlPathEqualTo(api(id) + "/assignee")).willReturn(Stubs.json(200, "{}")));
        PageForm form = formOn(session);

        posting(session, form, "en").formParam("to", "me")
                .when().post("/admin/review/" + id + "/assignee")
                .then().statusCode(303)
                .header("Location", endsWith("/admin/review/" + id + "?done=assigned#assignee-name"));
        posting(session, form, "en").formParam("to", "nobody").formParam("assignee", "")
                .when().post("/admin/review/" + id + "/assignee")
                .then().statusCode(303);
        posting(session, form, "en").formParam("to", "other").formParam("assignee", "admin")
                .when().post("/admin/review/" + id + "/assignee")
                .then().statusCode(303);

        List<LoggedRequest> sent = Stubs.feedback().find(putRequestedFor(urlPathEqualTo(api(id) + "/assignee")));
        assertThat(sent, hasSize(3));
        assertJson("{\"assignee\":\"moderator\"}", sent.get(0));
        assertJson("{\"assignee\":null}", sent.get(1));
        assertJson("{\"assignee\":\"admin\"}", sent.get(2));
        assertThat(sent.get(0).getHeader("Authorization"), equalTo("Bearer " + SignIn.accessTokenOf("moderator")));
    }

    @Test
    void anImpossibleReviewerNameIsShownAtTheField() {
        String session = SignIn.as("moderator");
        PageForm form = formOn(session);

        posting(session, form, "ru").formParam("to", "other").formParam("assignee", "two words")
                .when().post("/admin/review/" + id + "/assignee")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#assignee-name\">"))
                .body(containsString("<select id=\"assignee-name\" name=\"assignee\" aria-describedby=\"assignee-name-hint assignee-name-error\">"));
        Stubs.feedback().verifyThat(0, putRequestedFor(urlPathEqualTo(api(id) + "/assignee")));
    }

    @Test
    void theReviewerIsChosenFromTheStaffFeedbackServiceKnows() {
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/review/staff")).willReturn(Stubs.json(200, """
                {"items":[{"username":"admin","roles":["admin"]},{"username":"dana.editor","roles":["editor"]},
                          {"username":"moderator","roles":["moderator"]}]}""")));
        String html = given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).header("Accept-Language", "en")
                .when().get("/admin/review/" + id)
                .then().statusCode(200).extract().asString();
        assertThat(html, containsString("<select id=\"assignee-name\" name=\"assignee\""));
        assertThat(html, containsString("<option value=\"dana.editor\">dana.editor</option>"));
        assertThat(html, containsString("<option value=\"admin\">admin</option>"));
        assertThat("no free text any more", html, not(containsString("<input type=\"text\" id=\"assignee-name\"")));
        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo("/api/feedback/review/staff"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("moderator"))));
    }

    @Test
    void aReviewerFeedbackServiceDoesNotKnowAsStaffIsShownAtTheField() {
        String session = SignIn.as("moderator");
        Stubs.feedback().register(put(urlPathEqualTo(api(id) + "/assignee")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("""
                        {"type":"https://pikir.org/problems/not-staff","title":"Unprocessable","status":422,
                         "errors":[{"field":"assignee","message":"is not a staff member"}]}""")));
        PageForm form = formOn(session);
        posting(session, form, "en").formParam("to", "other").formParam("assignee", "stranger")
                .when().post("/admin/review/" + id + "/assignee")
                .then().statusCode(422)
                .body(containsString("<li><a href=\"#assignee-name\">"))
                .body(containsString("id=\"assignee-name-error\""));
    }

    @Test
    void theStatusIsChangedAndAMergeNeedsItsTarget() {
        String session = SignIn.as("moderator");
        Stubs.feedback().register(post(urlPathEqualTo(api(id) + "/status")).willReturn(Stubs.json(200, "{}")));
        PageForm form = formOn(session);

        posting(session, form, "en").formParam("status", "MERGED").formParam("mergeInto", "")
                .when().post("/admin/review/" + id + "/status")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#status-merge\">Enter the number of the recommendation to merge into</a></li>"))
                .body(containsString("<input type=\"radio\" id=\"status-choice-MERGED\" name=\"status\" value=\"MERGED\" checked>"));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo(api(id) + "/status")));

        posting(session, form, "en").formParam("status", "MERGED").formParam("mergeInto", "77")
                .when().post("/admin/review/" + id + "/status")
                .then().statusCode(303)
                .header("Location", endsWith("/admin/review/" + id + "?done=status#status-choice"));
        posting(session, form, "en").formParam("status", "ACCEPTED").formParam("mergeInto", "77")
                .when().post("/admin/review/" + id + "/status")
                .then().statusCode(303);

        List<LoggedRequest> sent = Stubs.feedback().find(postRequestedFor(urlPathEqualTo(api(id) + "/status")));
        assertThat(sent, hasSize(2));
        assertJson("{\"status\":\"MERGED\",\"mergeInto\":77}", sent.get(0));
        assertJson("{\"status\":\"ACCEPTED\"}", sent.get(1));
    }

    @Test
    void aTransitionTheServiceRefusesIsExplained() {
        String session = SignIn.as("moderator");
        Stubs.feedback().register(post(urlPathEqualTo(api(id) + "/status"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://pikir.org/problems/invalid-transition\",\"status\":409}")));
        PageForm form = formOn(session);

        posting(session, form, "en").formParam("status", "REJECTED")
                .when().post("/admin/review/" + id + "/status")
                .then().statusCode(409)
                .body(containsString("<li><a href=\"#status-choice\">This status cannot follow the current one."));
    }

    @Test
    void theOfficialAnswerIsPublishedOnBehalfOfTheBodyNamed() {
        String session = SignIn.as("moderator");
        Stubs.feedback().register(put(urlPathEqualTo(api(id) + "/answer")).willReturn(Stubs.json(200, "{}")));
        PageForm form = formOn(session);

        posting(session, form, "en").formParam("text", "  ").formParam("answeredBy", "")
                .when().post("/admin/review/" + id + "/answer")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#answer-text\">Enter the official answer</a></li>"))
                .body(containsString("<li><a href=\"#answer-by\">Enter on whose behalf the answer is given</a></li>"));
        Stubs.feedback().verifyThat(0, putRequestedFor(urlPathEqualTo(api(id) + "/answer")));

        posting(session, form, "en").formParam("text", "Слушания пройдут в каждой области в 2027 году.")
                .formParam("answeredBy", "Министерство юстиции")
                .when().post("/admin/review/" + id + "/answer")
                .then().statusCode(303)
                .header("Location", endsWith("/admin/review/" + id + "?done=answer#answer-text"));
        assertJson("{\"text\":\"Слушания пройдут в каждой области в 2027 году.\",\"answeredBy\":\"Министерство юстиции\"}",
                only(putRequestedFor(urlPathEqualTo(api(id) + "/answer"))));
    }

    @Test
    void anInternalNoteIsAdded() {
        String session = SignIn.as("admin");
        Stubs.feedback().register(post(urlPathEqualTo(api(id) + "/notes")).willReturn(Stubs.json(201, "{}")));
        PageForm form = formOn(session);

        posting(session, form, "kk").formParam("text", "")
                .when().post("/admin/review/" + id + "/notes")
                .then().statusCode(400)
                .body(containsString("<html lang=\"kk\">"))
                .body(containsString("<li><a href=\"#note-text\">"));
        posting(session, form, "en").formParam("text", "Передать в отдел бюджета")
                .when().post("/admin/review/" + id + "/notes")
                .then().statusCode(303)
                .header("Location", endsWith("/admin/review/" + id + "?done=note#note-text"));
        assertJson("{\"text\":\"Передать в отдел бюджета\"}", only(postRequestedFor(urlPathEqualTo(api(id) + "/notes"))));
    }

    @Test
    void formsWithoutTheCsrfTokenAndPeopleWithoutTheRoleAreRefused() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("text", "Без токена").formParam("answeredBy", "Акимат")
                .when().post("/admin/review/" + id + "/answer")
                .then().statusCode(403)
                .body(containsString("This form could not be accepted"));
        given().redirects().follow(false).when().get("/admin/review/" + id)
                .then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fadmin%2Freview%2F" + id));
        for (String user : new String[] {"editor", "citizen"}) {
            String session = "citizen".equals(user) ? SignIn.asCitizen() : SignIn.as(user);
            given().cookie(SignIn.SESSION_COOKIE, session).when().get("/admin/review/" + id)
                    .then().statusCode(403);
            PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/"));
            posting(session, form, "en").formParam("text", "Не мой ответ").formParam("answeredBy", "Акимат")
                    .when().post("/admin/review/" + id + "/answer")
                    .then().statusCode(403);
            posting(session, form, "en").formParam("to", "me")
                    .when().post("/admin/review/" + id + "/assignee")
                    .then().statusCode(403);
        }
        Stubs.feedback().verifyThat(0, anyRequestedFor(urlPathMatching(api(id) + ".*")));
    }

    private PageForm formOn(String session) {
        return PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/admin/review/" + id));
    }

    private static String api(long id) {
        return "/api/feedback/review/recommendations/" + id;
    }

    private static void stubRecommendation(long id, String status, String answer) {
        Stubs.feedback().register(get(urlPathEqualTo(api(id))).willReturn(Stubs.json(200, """
                {"id":%d,"eventSlug":"%s","title":"Больше слушаний в регионах",
                 "body":"Проводить слушания в каждом областном центре.","topic":"constitution","expectedEffect":null,
                 "language":"ru","authorName":"Асель","status":"%s","visibility":"PUBLISHED","assignee":null,
                 "endorsementCount":7,"mergedIntoId":null,"officialAnswer":%s,"answerDueAt":"2026-03-31T10:00:00Z",
                 "overdue":false,"createdAt":"2026-03-01T10:00:00Z","updatedAt":"2026-03-01T10:00:00Z"}"""
                .formatted(id, Stubs.ALMATY, status, answer == null ? "null" : answer))));
        Stubs.feedback().register(get(urlPathEqualTo(api(id) + "/notes")).atPriority(10).willReturn(Stubs.json(200, "[]")));
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
