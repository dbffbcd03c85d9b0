package org.pikir.gateway.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
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
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * An article's page: its paragraphs, the comments on it saying which paragraph and version they are about and
 * whether it changed since, its recommendations with their proposed wording, and the forms, whose comments and
 * recommendations go to feedback-service with the passage, version and quote, CSRF-checked and idempotent; others'
 * recommendations are endorsed and comments reported from it, coming back to the article.
 */
@QuarkusTest
class DraftArticlePagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String slug;
    private String article;

    @BeforeEach
    void aDraftWithFeedbackOnArticleOne() {
        slug = DraftStubs.forum("article");
        article = "/forums/" + slug + "/drafts/7/articles/article-1";
        DraftStubs.threads(slug, "article-1", "[" + String.join(",",
                DraftStubs.comment(31, slug, "article-1-p-1", 1, "долгосрочному развитию", "Надо уточнить, чьему развитию"),
                DraftStubs.comment(32, slug, "article-1-p-2", 1, null, "Хорошо, что открыто"),
                DraftStubs.comment(33, slug, "article-1", 2, null, "Статья в целом понятна")) + "]");
        DraftStubs.recommendations(slug, "article-1", """
                [{"id":41,"eventSlug":"%s","title":"Добавить слово «страны»","body":"Так яснее.","language":"ru",
                  "authorName":"Ерлан","status":"ACCEPTED","visibility":"PUBLISHED","endorsementCount":3,
                  "createdAt":"2026-03-03T10:00:00Z","draftId":7,"draftVersion":1,"passage":"article-1-p-1",
                  "article":"article-1","quote":"долгосрочному развитию",
                  "proposedWording":"Форум вырабатывает рекомендации по долгосрочному развитию страны."}]"""
                .formatted(slug));
    }

    @Test
    void theArticlePageShowsItsTextCommentsWithTheirPassageAndWhatChangedSince() {
        String html = given().header("Accept-Language", "en").when().get(article)
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<h1 id=\"article-1\" class=\"draft-unit draft-unit--article\">Статья 1. Цели"));
        assertThat(html, containsString("<p id=\"article-1-p-1\" class=\"draft-unit draft-unit--paragraph draft-unit--depth-2\">"));
        assertThat(html, containsString("class=\"draft-banner\""));
        // comment 31: on paragraph 1 of version 1, which version 2 revised
        String first = section(html, "id=\"comment-31\"");
        assertThat(first, containsString("<a href=\"" + article + "?v=1#article-1-p-1\">About paragraph 1. of Статья 1, version 1</a>"));
        assertThat(first, containsString("This paragraph was revised in version 2. <a href=\"/forums/" + slug
                + "/drafts/7/compare?from=1&amp;to=2#article-1-p-1\">See what changed</a>"));
        assertThat(first, containsString("<span class=\"visually-hidden\">Quoted: </span>долгосрочному развитию</p></blockquote>"));
        // comment 32: on a paragraph version 2 removed
        assertThat(section(html, "id=\"comment-32\""), containsString("This paragraph was removed in version 2."));
        // comment 33: on the whole article in the newest version: nothing changed since
        String third = section(html, "id=\"comment-33\"");
        assertThat(third, containsString("About Статья 1, version 2"));
        assertThat(third, not(containsString("draft-changed")));
        // the recommendation with its passage, quote and proposed wording
        String recommendation = section(html, "id=\"recommendation-41\"");
        assertThat(recommendation, containsString("Добавить слово «страны»"));
        assertThat(recommendation, containsString("Proposed wording:</p>\n        <p class=\"long-text\" lang=\"ru\">Форум вырабатывает "
                + "рекомендации по долгосрочному развитию страны.</p>"));
        assertThat(recommendation, containsString("Endorsements: 3"));
    }

    @Test
    void aSignedOutVisitorIsOfferedToSignInInsteadOfTheForms() {
        String html = given().header("Accept-Language", "en").when().get(article)
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<a href=\"/login?next=%2Fforums%2F" + slug
                + "%2Fdrafts%2F7%2Farticles%2Farticle-1%23draft-forms\">Sign in to comment on this article"));
        assertThat(html, not(containsString("id=\"draft-comment-form\"")));

        // without a form there is no CSRF token: the request is refused before it is read
        Response post = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("body", "Без входа").formParam("language", "ru")
                .when().post(article + "/comments");
        assertThat(post.statusCode(), equalTo(403));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/feedback/comments"))
                .withRequestBody(containing("Без входа")));
    }

    @Test
    void theFormsOfferTheArticleOrOneOfItsParagraphsAndItsTextToQuoteFrom() {
        String session = SignIn.asCitizen();
        String html = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get(article)
                .then().statusCode(200).header("Cache-Control", "no-store").extract().asString();

        assertThat(html, containsString("<form class=\"comment-form\" id=\"draft-comment-form\" method=\"post\" action=\"/forums/"
                + slug + "/drafts/7/articles/article-1/comments\" novalidate>"));
        assertThat(html, containsString("<option value=\"article-1\" selected>The whole article (Статья 1. Цели)</option>"));
        assertThat(html, containsString("<option value=\"article-1-p-1\">1. Форум вырабатывает рекомендации по долгосрочному развитию с…</option>"));
        assertThat(html, containsString("<label for=\"draft-comment-source\">Text of the article, to quote from</label>"));
        assertThat(html, containsString("<textarea id=\"draft-comment-source\" class=\"quote-picker__source\" rows=\"8\" spellcheck=\"false\" "
                + "aria-describedby=\"draft-comment-source-hint\" lang=\"ru\">Статья 1. Цели\n\n1. Форум вырабатывает"));
        assertThat(html, containsString("data-ranges=\"article-1:0:14;article-1-p-1:16:84\""));
        assertThat(html, containsString("<button type=\"button\" class=\"button button--secondary button--small\" data-quote-button hidden>Quote the selected words</button>"));
        assertThat(html, containsString("<p class=\"visually-hidden\" data-quote-status aria-live=\"polite\"></p>"));
        assertThat(html, containsString("<label for=\"draft-comment-quote\">Quote (optional)</label>"));
        assertThat(html, containsString("<label for=\"draft-recommendation-wording\">Proposed wording (optional)</label>"));
        assertThat(html, containsString("<script src=\"/js/quote.js\" defer></script>"));
        given().when().get("/js/quote.js").then().statusCode(200).body(containsString("selectionStart"));
    }

    @Test
    void aCommentOnAParagraphGoesToFeedbackServiceWithItsPassageVersionAndQuote() throws Exception {
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(article));
        String text = "Уточните, о чьём развитии речь " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo("/api/feedback/comments")).withRequestBody(containing(text))
                .willReturn(Stubs.json(201, "{\"id\":77,\"status\":\"PUBLISHED\"}")));

        Response sent = given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("v", "2").formParam("passage", "article-1-p-1")
                .formParam("quote", "  долгосрочному развитию страны ")
                .formParam("body", text).formParam("language", "ru")
                .when().post(article + "/comments");

        assertThat(sent.statusCode(), equalTo(303));
        assertThat(sent.header("Location"), endsWith(article + "?sent=comment#comment-77"));
        List<LoggedRequest> requests = Stubs.feedback().find(postRequestedFor(urlPathEqualTo("/api/feedback/comments"))
                .withRequestBody(containing(text)));
        assertThat(requests, hasSize(1));
        JsonNode body = JSON.readTree(requests.get(0).getBodyAsString());
        assertThat(body.get("eventSlug").asText(), equalTo(slug));
        assertThat(body.get("draftId").asLong(), equalTo(7L));
        assertThat(body.get("passage").asText(), equalTo("article-1-p-1"));
        assertThat(body.get("draftVersion").asInt(), equalTo(2));
        assertThat(body.get("quote").asText(), equalTo("долгосрочному развитию страны"));
        assertThat(body.get("language").asText(), equalTo("ru"));
        assertThat(requests.get(0).getHeader("Idempotency-Key"), equalTo(form.field("idempotency-key")));
        assertThat(requests.get(0).getHeader("Authorization"), startsWith("Bearer "));

        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(sent.header("Location").replaceAll("#.*", ""))
                .then().statusCode(200)
                .body(containsString("<p class=\"success\" role=\"status\">Thank you, your comment has been sent.</p>"));
    }

    @Test
    void aRecommendationCarriesItsProposedWording() throws Exception {
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(article + "?v=1"));
        String title = "Уточнить цель " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo("/api/feedback/recommendations")).withRequestBody(containing(title))
                .willReturn(Stubs.json(201, "{\"id\":78,\"status\":\"SUBMITTED\",\"visibility\":\"PENDING\"}")));

        Response sent = given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", UUID.randomUUID().toString())
                .formParam("v", "1").formParam("passage", "article-1-p-2")
                .formParam("title", title).formParam("body", "Так будет точнее.")
                .formParam("proposedWording", "Рекомендации публикуются открыто и своевременно.")
                .formParam("quote", "").formParam("language", "ru")
                .when().post(article + "/recommendations");

        assertThat(sent.statusCode(), equalTo(303));
        assertThat(sent.header("Location"), endsWith(article + "?v=1&sent=recommendation-pending#recommendations"));
        JsonNode body = JSON.readTree(Stubs.feedback().find(postRequestedFor(urlPathEqualTo("/api/feedback/recommendations"))
                .withRequestBody(containing(title))).get(0).getBodyAsString());
        assertThat(body.get("draftId").asLong(), equalTo(7L));
        assertThat(body.get("passage").asText(), equalTo("article-1-p-2"));
        assertThat(body.get("draftVersion").asInt(), equalTo(1));
        assertThat(body.get("proposedWording").asText(), equalTo("Рекомендации публикуются открыто и своевременно."));
        assertThat("no quote is sent when none is given", body.has("quote"), equalTo(false));
    }

    @Test
    void aQuoteFeedbackServiceDoesNotFindInThePassageIsShownNextToTheQuoteField() {
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(article));
        String text = "Цитата не из текста " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo("/api/feedback/comments")).withRequestBody(containing(text))
                .willReturn(Stubs.json(422, """
                        {"type":"https://pikir.org/problems/validation","title":"Invalid request","status":422,
                         "errors":[{"field":"quote","message":"not found in the passage"}]}""")
                        .withHeader("Content-Type", "application/problem+json")));

        String html = given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("v", "2").formParam("passage", "article-1-p-1")
                .formParam("quote", "слов этих нет").formParam("body", text).formParam("language", "ru")
                .when().post(article + "/comments")
                .then().statusCode(400).extract().asString();

        assertThat(html, containsString("<p class=\"error-message\" id=\"draft-comment-quote-error\"><span class=\"visually-hidden\">"
                + "Error:</span> These words are not in the passage chosen"));
        assertThat(html, containsString("<li><a href=\"#draft-comment-quote\">These words are not in the passage chosen"));
        assertThat("what was typed is kept", html, containsString(">" + text + "</textarea>"));
        assertThat(html, containsString(">слов этих нет</textarea>"));
        assertThat(html, containsString("<option value=\"article-1-p-1\" selected>"));
        assertThat("a new key: the refused submission is not replayed", PageForm.of(
                given().cookie(SignIn.SESSION_COOKIE, session).when().get(article)).field("idempotency-key"),
                not(equalTo(form.field("idempotency-key"))));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        String session = SignIn.asCitizen();
        String text = "Без токена " + UUID.randomUUID();
        int status = given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("v", "2").formParam("passage", "article-1").formParam("body", text).formParam("language", "ru")
                .when().post(article + "/comments").statusCode();

        assertThat(status, org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/feedback/comments")).withRequestBody(containing(text)));
    }

    @Test
    void aPassageOutsideTheArticleIsRefusedBeforeSending() {
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(article));
        String text = "Чужой пункт " + UUID.randomUUID();

        given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("v", "2").formParam("passage", "article-3-p-1").formParam("body", text)
                .formParam("language", "ru")
                .when().post(article + "/comments")
                .then().statusCode(400)
                .body(containsString("<p class=\"error-message\" id=\"draft-comment-passage-error\">"));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/feedback/comments")).withRequestBody(containing(text)));
    }

    @Test
    void quotesAndCommentsAreShownAsTextNeverAsMarkup() {
        String script = Stubs.SCRIPT_COMMENT;
        DraftStubs.threads(slug, "article-1", "[" + DraftStubs.comment(34, slug, "article-1-p-1", 2, script, script) + "]");

        String html = given().header("Accept-Language", "en").when().get(article)
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("&lt;script&gt;alert(1)&lt;/script&gt;</p></blockquote>"));
        assertThat(html, not(containsString(script)));
    }

    @Test
    void anArticleFeedbackServiceKnowsNoForumOfHasNoCommentsRatherThanUnavailableOnes() {
        Stubs.feedback().register(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(Stubs.THREADS))
                .withQueryParam("event", com.github.tomakehurst.wiremock.client.WireMock.equalTo(slug))
                .willReturn(Stubs.json(404, "{\"type\":\"https://pikir.org/problems/not-found\",\"status\":404}")));

        given().header("Accept-Language", "en").when().get(article)
                .then().statusCode(200)
                .body(containsString("No comments on this article yet."))
                .body(not(containsString("id=\"comment-31\"")));
    }

    @Test
    void anUnknownArticleIsNotFound() {
        given().when().get("/forums/" + slug + "/drafts/7/articles/article-99").then().statusCode(404);
        given().when().get("/forums/" + slug + "/drafts/7/articles/Article_1").then().statusCode(404);
    }

    @Test
    void othersRecommendationsCanBeEndorsedFromTheArticleButNotOnesOwn() {
        DraftStubs.recommendations(slug, "article-1", "[" + String.join(",",
                recommendation(41, 3, false, false), recommendation(42, 1, false, true),
                recommendation(43, 5, true, false)) + "]");
        String session = SignIn.asCitizen();

        String html = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(article + "?v=1&rpage=1")
                .then().statusCode(200).extract().asString();

        String others = section(html, "id=\"recommendation-41\"");
        assertThat(others, containsString("<form class=\"inline-form\" method=\"post\" action=\"" + article
                + "/recommendations/41/endorsement?v=1&amp;rpage=1\">"));
        assertThat(others, containsString("<input type=\"hidden\" name=\"action\" value=\"endorse\">"));
        assertThat(others, containsString(">Endorse<span class=\"visually-hidden\">: Рекомендация 41</span></button>"));
        assertThat(others, containsString("name=\"csrf-token\""));
        assertThat(others, containsString("<a href=\"/forums/" + slug
                + "/flags/new?recommendation=41&amp;draft=7&amp;article=article-1&amp;v=1\">Report"));
        String own = section(html, "id=\"recommendation-42\"");
        assertThat("one's own cannot be endorsed", own, not(containsString("/endorsement")));
        assertThat(own, not(containsString("Sign in to endorse")));
        assertThat("nor reported", own, not(containsString("flags/new")));
        String endorsed = section(html, "id=\"recommendation-43\"");
        assertThat(endorsed, containsString("You endorse this recommendation."));
        assertThat(endorsed, containsString("<input type=\"hidden\" name=\"action\" value=\"withdraw\">"));
        // one call for the page of recommendations, asked as the citizen so that it says which are theirs
        Stubs.feedback().verifyThat(1, getRequestedFor(urlPathEqualTo("/api/feedback/recommendations"))
                .withQueryParam("event", WireMock.equalTo(slug))
                .withQueryParam("page", WireMock.equalTo("1"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("citizen"))));
    }

    @Test
    void aSignedOutVisitorIsOfferedToSignInToEndorse() {
        String html = given().header("Accept-Language", "en").when().get(article)
                .then().statusCode(200).extract().asString();

        String recommendation = section(html, "id=\"recommendation-41\"");
        assertThat(recommendation, containsString("<a href=\"/login?next=%2Fforums%2F" + slug
                + "%2Fdrafts%2F7%2Farticles%2Farticle-1%23recommendation-41\">Sign in to endorse"));
        assertThat(recommendation, not(containsString("<form")));
    }

    @Test
    void endorsingComesBackToTheRecommendationOnTheArticleWithItsNewCount() {
        String session = SignIn.as("citizen2");
        Stubs.feedback().register(put(urlPathEqualTo("/api/feedback/recommendations/41/endorsement"))
                .willReturn(Stubs.json(200, "{\"recommendationId\":41,\"endorsed\":true,\"endorsementCount\":4}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(article + "?v=1"));

        for (int time = 1; time <= 2; time++) {
            // the same form sent twice (a double click, a reload) still endorses once: feedback-service's endorsement is a PUT
            Response sent = given().redirects().follow(false)
                    .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("csrf-token", form.field("csrf-token"))
                    .formParam("action", "endorse")
                    .when().post(article + "/recommendations/41/endorsement?v=1");
            assertThat(sent.statusCode(), equalTo(303));
            assertThat(sent.header("Location"), endsWith(article + "?v=1&notice=endorsed#recommendation-41"));
        }
        Stubs.feedback().verifyThat(2, putRequestedFor(urlPathEqualTo("/api/feedback/recommendations/41/endorsement"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("citizen2"))));

        DraftStubs.recommendations(slug, "article-1", "[" + recommendation(41, 4, true, false) + "]");
        String html = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(article + "?v=1&notice=endorsed")
                .then().statusCode(200).extract().asString();
        String recommendations = html.substring(html.indexOf("id=\"recommendations\""), html.indexOf("id=\"comments\""));
        assertThat(recommendations, containsString(
                "<p class=\"success\" role=\"status\">Thank you, your endorsement has been counted.</p>"));
        String endorsed = section(html, "id=\"recommendation-41\"");
        assertThat(endorsed, containsString("Endorsements: 4"));
        assertThat(endorsed, containsString("You endorse this recommendation."));
    }

    @Test
    void anEndorsementWithoutItsCsrfTokenIsRefusedAndARefusalIsExplainedOnTheArticle() {
        String session = SignIn.asCitizen();
        int status = given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("action", "endorse")
                .when().post(article + "/recommendations/44/endorsement").statusCode();
        assertThat(status, equalTo(403));
        Stubs.feedback().verifyThat(0, putRequestedFor(urlPathEqualTo("/api/feedback/recommendations/44/endorsement")));

        Stubs.feedback().register(put(urlPathEqualTo("/api/feedback/recommendations/45/endorsement"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://pikir.org/problems/own-recommendation\",\"title\":\"Conflict\","
                                + "\"status\":409}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(article));
        given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("action", "endorse")
                .when().post(article + "/recommendations/45/endorsement")
                .then().statusCode(303)
                .header("Location", endsWith(article + "?notice=own-recommendation#recommendation-45"));
        given().header("Accept-Language", "ru").when().get(article + "?notice=own-recommendation")
                .then().statusCode(200)
                .body(containsString("<p class=\"notice\" role=\"status\">Нельзя поддержать собственную рекомендацию.</p>"));
    }

    @Test
    void everyCommentCanBeReportedAndTheCitizenComesBackToTheArticle() {
        String html = given().header("Accept-Language", "en").when().get(article)
                .then().statusCode(200).extract().asString();
        String flag = "/forums/" + slug + "/flags/new?comment=31&draft=7&article=article-1";
        assertThat(section(html, "id=\"comment-31\""), containsString("<a href=\"" + flag.replace("&", "&amp;")
                + "\">Report<span class=\"visually-hidden\"> (Асель)</span></a>"));
        assertThat(given().header("Accept-Language", "en").when().get(article + "?v=1").then().extract().asString(),
                containsString("<a href=\"" + flag.replace("&", "&amp;") + "&amp;v=1\">Report"));

        String session = SignIn.asCitizen();
        String page = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(flag).then().statusCode(200).extract().asString();
        assertThat("found among the article's threads", page, containsString("Надо уточнить, чьему развитию"));
        assertThat(page, containsString("<p class=\"back\"><a href=\"" + article + "#comment-31\">Back to the article</a></p>"));
        assertThat(page, containsString("<input type=\"hidden\" name=\"article\" value=\"article-1\">"));

        String note = "Не по теме " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo("/api/feedback/flags")).withRequestBody(containing(note))
                .willReturn(Stubs.json(201, "{\"id\":9}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(flag));
        Response sent = given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("type", "comment").formParam("id", "31")
                .formParam("draft", form.field("draft")).formParam("article", form.field("article"))
                .formParam("reason", "OFF_TOPIC").formParam("note", note)
                .when().post("/forums/" + slug + "/flags");
        assertThat(sent.statusCode(), equalTo(303));
        assertThat(sent.header("Location"), endsWith(article + "?notice=flagged#comment-31"));
        Stubs.feedback().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/feedback/flags"))
                .withRequestBody(containing("\"targetId\":31")).withRequestBody(containing(note)));
        String back = given().header("Accept-Language", "en").when().get(article + "?notice=flagged")
                .then().statusCode(200).extract().asString();
        assertThat(back.substring(back.indexOf("id=\"comments\"")), containsString(
                "<p class=\"success\" role=\"status\">Thank you, a moderator will look at your report.</p>"));

        given().cookie(SignIn.SESSION_COOKIE, session)
                .when().get("/forums/" + slug + "/flags/new?comment=999&draft=7&article=article-1")
                .then().statusCode(404);
    }

    /** A recommendation on article 1 as feedback-service lists it to the signed-in reader. */
    private String recommendation(long id, int endorsements, boolean endorsedByMe, boolean mine) {
        return """
                {"id":%d,"eventSlug":"%s","title":"Рекомендация %d","body":"Так яснее.","language":"ru",
                 "authorName":"Ерлан","status":"SUBMITTED","visibility":"PUBLISHED","endorsementCount":%d,
                 "createdAt":"2026-03-03T10:00:00Z","draftId":7,"draftVersion":2,"passage":"article-1-p-1",
                 "article":"article-1","endorsedByMe":%s,"mine":%s}"""
                .formatted(id, slug, id, endorsements, endorsedByMe, mine);
    }

    /** The list item that starts at {@code marker}, up to the next item of its list. */
    private static String section(String html, String marker) {
        int start = html.indexOf(marker);
        assertThat("the page has " + marker, start >= 0, equalTo(true));
        int end = html.indexOf("\n    </li>", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }
}
