package org.pikir.gateway.forum;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recommendations of a forum: listed with status, official answer and endorsements; endorsing
 * and withdrawing; submitting one after seeing the similar ones.
 */
@QuarkusTest
class RecommendationsTest {

    private static final String API = "/api/feedback/recommendations";

    private String slug;
    private String forum;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        slug = Stubs.forumOfItsOwn("recommendations");
        forum = "/forums/" + slug;
        Stubs.feedback().register(get(urlPathEqualTo(API)).withQueryParam("event", equalTo(slug)).withHeader("Authorization", absent())
                .willReturn(Stubs.json(200, recommendations("null"))));
        // asked with the citizen's token, feedback-service says which ones they endorse
        Stubs.feedback().register(get(urlPathEqualTo(API)).withQueryParam("event", equalTo(slug))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(Stubs.json(200, recommendations("true"))));
    }

    private String recommendations(String endorsedByMe) {
        return """
                {"items":[
                  {"id":21,"eventSlug":"%1$s","statementId":1,"title":"Больше слушаний в регионах","body":"Проводить слушания в каждом областном центре.",
                   "topic":"constitution","expectedEffect":"Больше людей смогут участвовать","language":"ru","authorName":"Асель",
                   "status":"UNDER_REVIEW","visibility":"PUBLISHED","endorsementCount":7,
                   "officialAnswer":{"text":"Предложение учтено в плане на 2027 год.","answeredBy":"Министерство юстиции","answeredAt":"2026-04-01T06:00:00Z"},
                   "createdAt":"2026-03-01T10:00:00Z","endorsedByMe":%2$s},
                  {"id":22,"eventSlug":"%1$s","title":null,"body":null,"language":"ru","authorName":"Спамер","status":"SUBMITTED",
                   "visibility":"HIDDEN","endorsementCount":0,"moderation":{"hidden":true,"reason":"SPAM"},"createdAt":"2026-03-02T10:00:00Z"},
                  {"id":23,"eventSlug":"%1$s","title":"Слушания в областях","body":"То же самое.","language":"ru","authorName":"Ерлан",
                   "status":"MERGED","visibility":"PUBLISHED","endorsementCount":0,"mergedIntoId":21,"createdAt":"2026-03-03T10:00:00Z"}],
                 "page":0,"size":10,"totalItems":3,"totalPages":1}""".formatted(slug, endorsedByMe);
    }

    @Test
    void theForumPageListsRecommendationsWithStatusAnswerAndEndorsements() {
        given().header("Accept-Language", "en")
                .when().get(forum)
                .then().statusCode(200)
                .body(containsString("<h2 id=\"recommendations-heading\">Recommendations</h2>"))
                .body(containsString("<h3 class=\"recommendation__title\" lang=\"ru\">Больше слушаний в регионах</h3>"))
                .body(containsString("<span class=\"tag tag--status\">Under review</span>"))
                .body(containsString("<p class=\"answer__text long-text\">Предложение учтено в плане на 2027 год.</p>"))
                .body(containsString("Answered on behalf of Министерство юстиции, <time datetime=\"2026-04-01T06:00:00Z\">April 1, 2026</time>"))
                .body(containsString("Endorsements: 7"))
                // the recommendation's topic by name, never its slug
                .body(containsString(" · topic: Constitution</p>"))
                .body(not(containsString("topic: constitution")))
                .body(containsString("<p class=\"recommendation__hidden\">Hidden by a moderator: spam or advertising</p>"))
                .body(containsString("<a href=\"" + forum + "#recommendation-21\">Merged into another recommendation: see it</a>"))
                .body(containsString("Sign in to submit a recommendation"))
                .body(not(containsString("/endorsement\"")));
        given().header("Accept-Language", "kk")
                .when().get(forum)
                .then().statusCode(200)
                .body(containsString("Ресми жауап"))
                .body(containsString("Қаралуда"))
                .body(containsString("Қолдағандар: 7"));
    }

    @Test
    void aSignedInCitizenSeesWhetherTheyEndorseEachRecommendation() {
        String session = SignIn.asCitizen();
        String html = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(forum)
                .then().statusCode(200)
                .body(containsString("<a class=\"button button--link\" href=\"" + forum + "/recommendations/new\">Submit a recommendation</a>"))
                .body(containsString("<form class=\"inline-form\" method=\"post\" action=\"" + forum + "/recommendations/21/endorsement\">"))
                .body(containsString("<input type=\"hidden\" name=\"action\" value=\"withdraw\">"))
                .body(containsString("You endorse this recommendation."))
                .extract().asString();
        assertThat("hidden and merged recommendations cannot be endorsed", html,
                not(containsString("/recommendations/22/endorsement")));
        assertThat(html, not(containsString("/recommendations/23/endorsement")));
        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo(API)).withQueryParam("event", equalTo(slug))
                .withHeader("Authorization", equalTo("Bearer " + SignIn.accessTokenOf("citizen"))));
        Stubs.feedback().verifyThat(0, getRequestedFor(urlPathMatching(API + "/[0-9]+/endorsement")));
    }

    @Test
    void endorsingSendsTheUsersTokenAndComesBackWithThanks() {
        String session = SignIn.as("citizen2");
        Stubs.feedback().register(put(urlPathEqualTo(API + "/31/endorsement"))
                .willReturn(Stubs.json(200, "{\"recommendationId\":31,\"endorsed\":true,\"endorsementCount\":1}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(forum));

        given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("action", "endorse")
                .when().post(forum + "/recommendations/31/endorsement")
                .then().statusCode(303)
                .header("Location", endsWith(forum + "?notice=endorsed#recommendations"));

        Stubs.feedback().verifyThat(1, putRequestedFor(urlPathEqualTo(API + "/31/endorsement"))
                .withHeader("Authorization", equalTo("Bearer " + SignIn.accessTokenOf("citizen2"))));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .queryParam("notice", "endorsed")
                .when().get(forum)
                .then().statusCode(200)
                .body(containsString("<p class=\"success\" role=\"status\">Thank you, your endorsement has been counted.</p>"));
    }

    @Test
    void withdrawingDeletesTheEndorsement() {
        String session = SignIn.asCitizen();
        Stubs.feedback().register(delete(urlPathEqualTo(API + "/32/endorsement"))
                .willReturn(Stubs.json(200, "{\"recommendationId\":32,\"endorsed\":false,\"endorsementCount\":0}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(forum));

        given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("action", "withdraw")
                .when().post(forum + "/recommendations/32/endorsement")
                .then().statusCode(303)
                .header("Location", endsWith(forum + "?notice=withdrawn#recommendations"));
        Stubs.feedback().verifyThat(1, deleteRequestedFor(urlPathEqualTo(API + "/32/endorsement")));
    }

    @Test
    void endorsingOnesOwnRecommendationIsExplained() {
        String session = SignIn.asCitizen();
        Stubs.feedback().register(put(urlPathEqualTo(API + "/33/endorsement"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://pikir.org/problems/own-recommendation\",\"title\":\"Conflict\",\"status\":409}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(forum));

        given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("action", "endorse")
                .when().post(forum + "/recommendations/33/endorsement")
                .then().statusCode(303)
                .header("Location", endsWith("?notice=own-recommendation#recommendations"));
        given().header("Accept-Language", "ru").queryParam("notice", "own-recommendation")
                .when().get(forum)
                .then().statusCode(200)
                .body(containsString("<p class=\"notice\" role=\"status\">Нельзя поддержать собственную рекомендацию.</p>"));
    }

    @Test
    void anAccountWithAnUnverifiedAddressIsToldToVerifyItBeforeEndorsingOrRecommending() {
        String session = SignIn.asCitizen();
        String unverified = """
                {"type":"https://pikir.org/problems/email-unverified","title":"Forbidden","status":403,"detail":"Verify your e-mail address first"}""";
        Stubs.feedback().register(put(urlPathEqualTo(API + "/34/endorsement"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody(unverified)));
        PageForm page = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(forum));
        given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(page.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", page.field("csrf-token"))
                .formParam("action", "endorse")
                .when().post(forum + "/recommendations/34/endorsement")
                .then().statusCode(303)
                .header("Location", endsWith("?notice=email-unverified#recommendations"));
        given().header("Accept-Language", "en").queryParam("notice", "email-unverified")
                .when().get(forum)
                .then().statusCode(200)
                .body(containsString("<p class=\"notice\" role=\"status\">Verify your e-mail address first: open the link"));

        String marker = "Без подтверждения " + UUID.randomUUID();
        Stubs.feedback().register(get(urlPathEqualTo(API + "/similar")).withQueryParam("text", containing(marker))
                .willReturn(Stubs.json(200, "[]")));
        Stubs.feedback().register(post(urlPathEqualTo(API)).withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody(unverified)));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(forum + "/recommendations/new"));
        recommendation(session, form, marker, "Текст рекомендации", "submit", null)
                .then().statusCode(403)
                .body(containsString("Verify your e-mail address first"))
                .body(containsString("sign out and sign in again"))
                .body(containsString("Текст рекомендации</textarea>"));
    }

    @Test
    void anUnknownNoticeCodePutsNothingOnThePage() {
        given().header("Accept-Language", "en").queryParam("notice", "<b>pwned</b>")
                .when().get(forum)
                .then().statusCode(200)
                .body(not(containsString("pwned")));
    }

    @Test
    void theRecommendationFormNeedsSignInAndOffersTheForumsTopicsAndStatements() {
        given().redirects().follow(false)
                .when().get(forum + "/recommendations/new")
                .then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fforums%2F" + slug + "%2Frecommendations%2Fnew"));

        given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen()).header("Accept-Language", "en")
                .when().get(forum + "/recommendations/new")
                .then().statusCode(200)
                .body(containsString("<h1>Submit a recommendation</h1>"))
                .body(containsString("<option value=\"constitution\">Constitution</option>"))
                .body(containsString("<option value=\"1\">Kuanysh Seitzhanov: "))
                .body(containsString("name=\"idempotency-key\""))
                .body(containsString("<button type=\"submit\" class=\"button button--secondary\" name=\"step\" value=\"check\">Check for similar recommendations</button>"));
    }

    @Test
    void checkingForSimilarShowsThemAndKeepsTheDraft() {
        String session = SignIn.asCitizen();
        String marker = "Региональные слушания " + UUID.randomUUID();
        Stubs.feedback().register(get(urlPathEqualTo(API + "/similar")).withQueryParam("text", containing(marker))
                .willReturn(Stubs.json(200, """
                        [{"id":21,"eventSlug":"%s","title":"Больше слушаний в регионах","body":"Проводить слушания в каждом областном центре.",
                          "language":"ru","authorName":"Асель","status":"UNDER_REVIEW","visibility":"PUBLISHED","endorsementCount":7,
                          "createdAt":"2026-03-01T10:00:00Z"}]""".formatted(slug))));
        Response page = given().cookie(SignIn.SESSION_COOKIE, session).when().get(forum + "/recommendations/new");
        PageForm form = PageForm.of(page);

        String html = recommendation(session, form, marker, "Проводить слушания в областях", "check", null)
                .then().statusCode(200)
                .body(containsString("<h2 id=\"similar-heading\">Similar recommendations</h2>"))
                .body(containsString("Больше слушаний в регионах"))
                .body(containsString("action=\"" + forum + "/recommendations/21/endorsement\""))
                .body(containsString("<input type=\"hidden\" name=\"checked\" value=\"true\">"))
                .body(containsString("value=\"" + marker + "\""))
                .body(containsString("Проводить слушания в областях</textarea>"))
                .extract().asString();
        assertThat(html, containsString("<option value=\"constitution\" selected>"));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo(API)).withRequestBody(containing(marker)));
    }

    @Test
    void sendingADraftWithSimilarOnesShowsThemFirstThenSendsIt() {
        String session = SignIn.asCitizen();
        String marker = "Слушания онлайн " + UUID.randomUUID();
        Stubs.feedback().register(get(urlPathEqualTo(API + "/similar")).withQueryParam("text", containing(marker))
                .willReturn(Stubs.json(200, """
                        [{"id":21,"eventSlug":"%s","title":"Больше слушаний в регионах","body":"…","language":"ru",
                          "authorName":"Асель","status":"UNDER_REVIEW","visibility":"PUBLISHED","endorsementCount":7}]"""
                        .formatted(slug))));
        Stubs.feedback().register(post(urlPathEqualTo(API)).withRequestBody(containing(marker))
                .willReturn(Stubs.json(201, """
                        {"id":40,"eventSlug":"%s","title":"%s","body":"Транслировать слушания","language":"ru","authorName":"citizen",
                         "status":"SUBMITTED","visibility":"PUBLISHED","endorsementCount":0}""".formatted(slug, marker))));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(forum + "/recommendations/new"));

        recommendation(session, form, marker, "Транслировать слушания", "submit", null)
                .then().statusCode(200)
                .body(containsString("Similar recommendations"));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo(API)).withRequestBody(containing(marker)));

        recommendation(session, form, marker, "Транслировать слушания", "submit", "true")
                .then().statusCode(303)
                .header("Location", endsWith(forum + "?notice=recommended#recommendation-40"));
        List<LoggedRequest> sent = Stubs.feedback().find(postRequestedFor(urlPathEqualTo(API)).withRequestBody(containing(marker)));
        assertThat(sent, hasSize(1));
        assertTrue(equalToJson("""
                {"eventSlug":"%s","title":"%s","body":"Транслировать слушания","topic":"constitution",
                 "expectedEffect":"Больше участников","language":"ru","statementId":1}""".formatted(slug, marker))
                .match(sent.get(0).getBodyAsString()).isExactMatch(), sent.get(0).getBodyAsString());
        assertThat(sent.get(0).getHeader("Idempotency-Key"), org.hamcrest.Matchers.equalTo(form.field("idempotency-key")));
        assertThat(sent.get(0).getHeader("Authorization"), org.hamcrest.Matchers.equalTo("Bearer " + SignIn.accessTokenOf("citizen")));
    }

    @Test
    void aDraftWithNothingSimilarIsSentAtOnce() {
        String session = SignIn.asCitizen();
        String marker = "Совершенно новое " + UUID.randomUUID();
        Stubs.feedback().register(get(urlPathEqualTo(API + "/similar")).withQueryParam("text", containing(marker))
                .willReturn(Stubs.json(200, "[]")));
        Stubs.feedback().register(post(urlPathEqualTo(API)).withRequestBody(containing(marker))
                .willReturn(Stubs.json(201, """
                        {"id":41,"eventSlug":"%s","title":"%s","body":"…","language":"ru","authorName":"citizen",
                         "status":"SUBMITTED","visibility":"PENDING","endorsementCount":0}""".formatted(slug, marker))));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(forum + "/recommendations/new"));

        recommendation(session, form, marker, "Текст", "submit", null)
                .then().statusCode(303)
                .header("Location", endsWith(forum + "?notice=recommended-pending#recommendations"));
        Stubs.feedback().verifyThat(1, postRequestedFor(urlPathEqualTo(API)).withRequestBody(containing(marker)));
    }

    @Test
    void missingTitleAndTextAreListedInTheErrorSummaryWithTheDraftKept() {
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(forum + "/recommendations/new"));

        given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("title", "abc")
                .formParam("body", "")
                .formParam("expectedEffect", "Что-то станет лучше")
                .formParam("language", "en")
                .formParam("step", "submit")
                .when().post(forum + "/recommendations")
                .then().statusCode(400)
                .body(containsString("<title>Error: Submit a recommendation"))
                .body(containsString("<li><a href=\"#recommendation-title\">The title must be between 5 and 200 characters</a></li>"))
                .body(containsString("<li><a href=\"#recommendation-body\">Enter your recommendation</a></li>"))
                .body(containsString("value=\"abc\""))
                .body(containsString("Что-то станет лучше</textarea>"))
                .body(containsString("aria-describedby=\"recommendation-body-hint recommendation-body-error\""));
    }

    @Test
    void fieldErrorsFromFeedbackServiceAreShownOnTheirFields() {
        String session = SignIn.asCitizen();
        String marker = "Отклонённое " + UUID.randomUUID();
        Stubs.feedback().register(get(urlPathEqualTo(API + "/similar")).withQueryParam("text", containing(marker))
                .willReturn(Stubs.json(200, "[]")));
        Stubs.feedback().register(post(urlPathEqualTo(API)).withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://pikir.org/problems/validation","title":"Invalid request","status":400,
                         "errors":[{"field":"expectedEffect","message":"size must be between 0 and 2000"}]}""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(forum + "/recommendations/new"));

        recommendation(session, form, marker, "Текст", "submit", null)
                .then().statusCode(400)
                .body(containsString("<a href=\"#recommendation-effect\">The expected effect must be 2000 characters or fewer</a>"))
                .body(containsString("value=\"" + marker + "\""));
    }

    @Test
    void aClosedConsultationRefusesTheRecommendationWithTheDraftKept() {
        String session = SignIn.asCitizen();
        String marker = "Поздно " + UUID.randomUUID();
        Stubs.feedback().register(get(urlPathEqualTo(API + "/similar")).withQueryParam("text", containing(marker))
                .willReturn(Stubs.json(200, "[]")));
        Stubs.feedback().register(post(urlPathEqualTo(API)).withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://pikir.org/problems/consultation-closed","title":"Conflict","status":409}""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(forum + "/recommendations/new"));

        recommendation(session, form, marker, "Текст рекомендации", "submit", null)
                .then().statusCode(409)
                .body(containsString("This consultation is closed"))
                .body(containsString("Текст рекомендации</textarea>"));
    }

    private Response recommendation(String session, PageForm form, String title, String body, String step,
                                           String checked) {
        var request = given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("title", title)
                .formParam("body", body)
                .formParam("topic", "constitution")
                .formParam("statementId", "1")
                .formParam("expectedEffect", "Больше участников")
                .formParam("language", "ru")
                .formParam("step", step);
        if (checked != null) {
            request.formParam("checked", checked);
        }
        return request.when().post(forum + "/recommendations");
    }
}
