package org.pikir.gateway.forum;

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
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A comment about one statement or material: chosen from the page, carried by the form, sent to feedback-service. */
@QuarkusTest
class CommentReferenceTest {

    private static final String FORUM = "/forums/" + Stubs.ALMATY;
    private static final String COMMENTS = "/api/feedback/comments";

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void theCommentLinkOfAStatementPresetsTheFormToThatStatement() {
        String session = SignIn.asCitizen();

        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .queryParam("statement", "1")
                .when().get(FORUM)
                .then().statusCode(200)
                .body(containsString("<form class=\"comment-form\" id=\"comment-form\" method=\"post\" action=\""
                        + FORUM + "/comments\" novalidate>"))
                .body(containsString("<input type=\"hidden\" name=\"statementId\" value=\"1\">"))
                .body(containsString("Commenting on the statement by Kuanysh Seitzhanov"))
                .body(containsString("<a href=\"#statement-1\">Show the statement</a>"))
                .body(containsString("<a href=\"" + FORUM + "#comment-form\">Comment on the forum as a whole instead</a>"));
    }

    @Test
    void withoutAChosenStatementOrWithAnUnknownOneTheFormCarriesNoReference() {
        String session = SignIn.asCitizen();

        for (String statement : new String[] {null, "999", "abc", "-1"}) {
            RequestSpecification request = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en");
            if (statement != null) {
                request.queryParam("statement", statement);
            }
            request.when().get(FORUM)
                    .then().statusCode(200)
                    .body(containsString("id=\"comment-form\""))
                    .body(not(containsString("name=\"statementId\"")))
                    .body(not(containsString("Commenting on the statement")));
        }
    }

    @Test
    void theCommentIsSentWithTheStatementItIsAbout() {
        String session = SignIn.asCitizen();
        String text = "Согласен с выступлением " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(COMMENTS)).withRequestBody(containing(text))
                .willReturn(Stubs.json(201, """
                        {"id":120,"eventSlug":"%s","statementId":1,"body":"%s","language":"ru","authorName":"Айгерим",
                         "status":"PUBLISHED","createdAt":"2026-03-04T10:00:00Z"}""".formatted(Stubs.ALMATY, text))));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session)
                .queryParam("statement", "1").when().get(FORUM));

        given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("statementId", form.field("statementId"))
                .formParam("body", text)
                .formParam("language", "ru")
                .when().post(FORUM + "/comments")
                .then().statusCode(303)
                .header("Location", endsWith(FORUM + "?sent=true"));

        List<LoggedRequest> sent = Stubs.feedback().find(postRequestedFor(urlPathEqualTo(COMMENTS))
                .withRequestBody(containing(text)));
        assertThat(sent, hasSize(1));
        assertTrue(equalToJson("""
                {"eventSlug":"%s","body":"%s","language":"ru","statementId":1}""".formatted(Stubs.ALMATY, text))
                .match(sent.get(0).getBodyAsString()).isExactMatch(), sent.get(0).getBodyAsString());
    }

    @Test
    void aStatementRefusedByFeedbackServiceIsAFieldErrorAndTheTextIsKept() {
        String session = SignIn.asCitizen();
        String text = "Про выступление " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(COMMENTS)).withRequestBody(containing(text))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"https://pikir.org/problems/validation","title":"Invalid request","status":400,
                                 "detail":"The request has an invalid field.",
                                 "errors":[{"field":"statementId","message":"is not a statement of this event"}]}""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session)
                .queryParam("statement", "2").when().get(FORUM));

        String html = given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("statementId", form.field("statementId"))
                .formParam("body", text)
                .formParam("language", "ru")
                .when().post(FORUM + "/comments")
                .then().statusCode(400)
                .body(containsString("<title>Error: "))
                .body(containsString("There is a problem"))
                .body(containsString("<li><a href=\"#comment-statement\">The statement you referred to is not part of this forum."))
                .body(containsString("<div class=\"field field--error\" id=\"comment-statement\">"))
                .body(containsString(text + "</textarea>"))
                .extract().asString();
        assertThat("the refused reference is dropped, so sending again posts without it",
                html.contains("name=\"statementId\""), equalTo(false));
        Stubs.feedback().verifyThat(1, postRequestedFor(urlPathEqualTo(COMMENTS)).withRequestBody(containing(text)));
    }

    @Test
    void aStatementThatIsNoIdIsRefusedWithoutAskingFeedbackService() {
        String session = SignIn.asCitizen();
        String text = "Непонятное выступление " + UUID.randomUUID();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(FORUM));

        given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "ru")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("statementId", "abc")
                .formParam("body", text)
                .formParam("language", "ru")
                .when().post(FORUM + "/comments")
                .then().statusCode(400)
                .body(containsString("<a href=\"#comment-statement\">Выступление, на которое вы ссылаетесь, не относится к этому форуму."))
                .body(containsString(text + "</textarea>"));

        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo(COMMENTS)).withRequestBody(containing(text)));
    }

    @Test
    void aStatementOfAnotherForumIsLeftToFeedbackServiceWhichRefusesIt() {
        String session = SignIn.asCitizen();
        String text = "Чужое выступление " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(COMMENTS)).withRequestBody(containing(text))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"https://pikir.org/problems/validation","title":"Invalid request","status":400,
                                 "errors":[{"field":"statementId","message":"is not a statement of this event"}]}""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(FORUM));

        given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("statementId", "999")
                .formParam("body", text)
                .formParam("language", "ru")
                .when().post(FORUM + "/comments")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#comment-statement\">The statement you referred to is not part of this forum."))
                .body(not(containsString("name=\"statementId\"")))
                .body(containsString(text + "</textarea>"));

        List<LoggedRequest> sent = Stubs.feedback().find(postRequestedFor(urlPathEqualTo(COMMENTS))
                .withRequestBody(containing(text)));
        assertThat(sent, hasSize(1));
        assertTrue(equalToJson("""
                {"eventSlug":"%s","body":"%s","language":"ru","statementId":999}""".formatted(Stubs.ALMATY, text))
                .match(sent.get(0).getBodyAsString()).isExactMatch(), sent.get(0).getBodyAsString());
    }

    @Test
    void aMaterialCanBeCommentedOnTheSameWay() {
        String session = SignIn.asCitizen();
        String text = "О пресс-релизе " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(COMMENTS)).withRequestBody(containing(text))
                .willReturn(Stubs.json(201, """
                        {"id":121,"eventSlug":"%s","materialId":1,"body":"%s","language":"ru","authorName":"Айгерим",
                         "status":"PENDING","createdAt":"2026-03-04T10:00:00Z"}""".formatted(Stubs.ALMATY, text))));
        var page = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .queryParam("material", "1").when().get(FORUM);
        assertThat(page.asString(), containsString(
                "Commenting on the material “Outcome of the expert forum on the constitutional reform”"));
        PageForm form = PageForm.of(page);

        given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("materialId", form.field("materialId"))
                .formParam("body", text)
                .formParam("language", "ru")
                .when().post(FORUM + "/comments")
                .then().statusCode(303);

        LoggedRequest sent = Stubs.feedback().find(postRequestedFor(urlPathEqualTo(COMMENTS))
                .withRequestBody(containing(text))).get(0);
        assertTrue(equalToJson("""
                {"eventSlug":"%s","body":"%s","language":"ru","materialId":1}""".formatted(Stubs.ALMATY, text))
                .match(sent.getBodyAsString()).isExactMatch(), sent.getBodyAsString());
    }

    @Test
    void someoneNotSignedInIsSentBackToTheStatementAfterSigningIn() {
        given().header("Accept-Language", "en")
                .queryParam("statement", "1")
                .when().get(FORUM)
                .then().statusCode(200)
                .body(containsString("<p class=\"sign-in-prompt\" id=\"comment-form\"><a href=\"/login?next=%2Fforums%2F"
                        + Stubs.ALMATY + "%3Fstatement%3D1%23comment-form\">Sign in to comment</a></p>"));
    }
}
