package org.pikir.gateway.forum;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reporting a comment to the moderators: the form quotes it, offers the reasons, and sends the flag as the user. */
@QuarkusTest
class FlagPagesTest {

    private static final String FORUM = "/forums/" + Stubs.ALMATY;
    private static final String FLAGS = "/api/feedback/flags";

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void everyListedCommentCanBeReported() {
        given().header("Accept-Language", "en").when().get(FORUM)
                .then().statusCode(200)
                .body(containsString("<a href=\"" + FORUM + "/flags/new?comment=1\">Report<span class=\"visually-hidden\"> (Асель)</span></a>"));
    }

    @Test
    void theFormQuotesTheCommentAndOffersTheReasons() {
        given().redirects().follow(false).when().get(FORUM + "/flags/new?comment=1")
                .then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fforums%2F" + Stubs.ALMATY + "%2Fflags%2Fnew%3Fcomment%3D1"));

        given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen()).header("Accept-Language", "ru")
                .when().get(FORUM + "/flags/new?comment=1")
                .then().statusCode(200)
                .body(containsString("<h1>Пожаловаться на комментарий</h1>"))
                .body(containsString("Поддерживаю поправки"))
                .body(containsString("<legend>Что не так?</legend>"))
                .body(containsString("<input type=\"radio\" id=\"flag-reason-SPAM\" name=\"reason\" value=\"SPAM\">"))
                .body(containsString("<label for=\"flag-reason-PERSONAL_DATA\">содержит персональные данные</label>"));
    }

    @Test
    void aCommentNotOnThisForumCannotBeReportedHere() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen())
                .when().get(FORUM + "/flags/new?comment=999")
                .then().statusCode(404);
    }

    @Test
    void theFlagIsSentAsTheUserWithItsIdempotencyKey() {
        String session = SignIn.asCitizen();
        String note = "Телефон в тексте " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(FLAGS)).withRequestBody(containing(note))
                .willReturn(Stubs.json(201, """
                        {"id":5,"targetType":"COMMENT","targetId":2,"reason":"PERSONAL_DATA","note":"%s","resolved":false}"""
                        .formatted(note))));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(FORUM + "/flags/new?comment=2"));

        given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("type", form.field("type"))
                .formParam("id", form.field("id"))
                .formParam("reason", "PERSONAL_DATA")
                .formParam("note", note)
                .when().post(FORUM + "/flags")
                .then().statusCode(303)
                .header("Location", endsWith(FORUM + "?notice=flagged#comment-2"));

        List<LoggedRequest> sent = Stubs.feedback().find(postRequestedFor(urlPathEqualTo(FLAGS)).withRequestBody(containing(note)));
        assertThat(sent, hasSize(1));
        assertTrue(equalToJson("""
                {"targetType":"COMMENT","targetId":2,"reason":"PERSONAL_DATA","note":"%s"}""".formatted(note))
                .match(sent.get(0).getBodyAsString()).isExactMatch(), sent.get(0).getBodyAsString());
        assertThat(sent.get(0).getHeader("Idempotency-Key"), equalTo(form.field("idempotency-key")));
        assertThat(sent.get(0).getHeader("Authorization"), equalTo("Bearer " + SignIn.accessTokenOf("citizen")));
        given().header("Accept-Language", "en").queryParam("notice", "flagged").when().get(FORUM)
                .then().body(containsString("Thank you, a moderator will look at your report."));
    }

    @Test
    void aReplyOnAThreadsPageIsFoundWhereItIsListedAndTheCitizenComesBackThere() {
        String session = SignIn.asCitizen();
        String cursor = "r-" + UUID.randomUUID();
        String note = "Оскорбление " + UUID.randomUUID();
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/comments/1/replies")).withQueryParam("after", WireMock.equalTo(cursor))
                .willReturn(Stubs.json(200, """
                        {"items":[{"id":77,"eventSlug":"%s","parentId":1,"body":"Поздний ответ","language":"ru",
                          "authorName":"Болат","status":"PUBLISHED","createdAt":"2026-03-05T10:00:00Z","depth":1}],
                         "nextCursor":null}""".formatted(Stubs.ALMATY))));
        Stubs.feedback().register(post(urlPathEqualTo(FLAGS)).withRequestBody(containing(note))
                .willReturn(Stubs.json(201, "{\"id\":6}")));

        String thread = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .queryParam("rafter", cursor).when().get(FORUM + "/comments/1")
                .then().statusCode(200).extract().asString();
        String flagLink = FORUM + "/flags/new?comment=77&amp;thread=1&amp;rafter=" + cursor;
        assertThat(thread, containsString("<a href=\"" + flagLink + "\">Report"));

        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(flagLink.replace("&amp;", "&")));
        assertThat(form.field("thread"), equalTo("1"));
        assertThat(form.field("rafter"), equalTo(cursor));
        given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("type", form.field("type"))
                .formParam("id", form.field("id"))
                .formParam("thread", form.field("thread"))
                .formParam("rafter", form.field("rafter"))
                .formParam("reason", "ABUSE")
                .formParam("note", note)
                .when().post(FORUM + "/flags")
                .then().statusCode(303)
                .header("Location", endsWith(FORUM + "/comments/1?rafter=" + cursor + "&notice=flagged#comment-77"));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .queryParam("rafter", cursor).queryParam("notice", "flagged").when().get(FORUM + "/comments/1")
                .then().statusCode(200)
                .body(containsString("Thank you, a moderator will look at your report."));
    }

    @Test
    void aReasonMustBeChosen() {
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(FORUM + "/flags/new?comment=2"));

        given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("type", "comment")
                .formParam("id", "2")
                .formParam("note", "Kept note")
                .when().post(FORUM + "/flags")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#flag-reason\">Choose what is wrong with it</a></li>"))
                .body(containsString("Kept note</textarea>"));
    }

    @Test
    void reportingOnesOwnCommentIsRefusedWithAReason() {
        String session = SignIn.asCitizen();
        String note = "Своё " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(FLAGS)).withRequestBody(containing(note))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://pikir.org/problems/own-item\",\"title\":\"Conflict\",\"status\":409}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(FORUM + "/flags/new?comment=2"));

        given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("type", "comment")
                .formParam("id", "2")
                .formParam("reason", "SPAM")
                .formParam("note", note)
                .when().post(FORUM + "/flags")
                .then().statusCode(409)
                .body(containsString("You cannot report your own comment or recommendation"))
                .body(containsString("value=\"SPAM\" checked"));
    }
}
