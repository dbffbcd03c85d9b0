package org.pikir.gateway.forum;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Sending a comment asks feedback-service alone: it checks the forum, what the comment refers to and the text, so an
 * accepted comment costs one call and no look at the forum in events-service; then post/redirect/get to a page no
 * cache keeps, where the author sees their comment.
 */
@QuarkusTest
class CommentSendingTest {

    private static final String FORUM = "/forums/" + Stubs.ALMATY;
    private static final String COMMENTS = "/api/feedback/comments";

    private String session;
    private PageForm form;

    @BeforeEach
    void aSignedInCitizenOnTheForumPage() {
        Stubs.forums();
        session = SignIn.asCitizen();
        form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(FORUM));
    }

    @Test
    void anAcceptedCommentAsksEventsServiceNothingAndItsAuthorSeesItAfterTheRedirect() {
        String text = "Мой новый комментарий " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(COMMENTS)).withRequestBody(containing(text))
                .willReturn(Stubs.json(201, """
                        {"id":555,"eventSlug":"%s","body":"%s","language":"ru","authorName":"Айгерим",
                         "status":"PUBLISHED","createdAt":"2026-03-09T10:00:00Z"}""".formatted(Stubs.ALMATY, text))));
        int eventsBefore = Stubs.events().find(anyRequestedFor(anyUrl())).size();

        Response sent = send(text, null);

        assertThat(sent.statusCode(), equalTo(303));
        assertThat(sent.header("Location"), endsWith(FORUM + "?sent=true"));
        assertThat("the forum is not looked up to send a comment",
                Stubs.events().find(anyRequestedFor(anyUrl())).size(), equalTo(eventsBefore));
        Stubs.feedback().verifyThat(1, postRequestedFor(urlPathEqualTo(COMMENTS)).withRequestBody(containing(text)));

        // feedback-service now lists it first
        Stubs.commentThreads(Stubs.ALMATY, """
                [{"id":555,"eventSlug":"%1$s","body":"%2$s","language":"ru","authorName":"Айгерим","status":"PUBLISHED",
                  "createdAt":"2026-03-09T10:00:00Z"},
                 {"id":1,"eventSlug":"%1$s","body":"Поддерживаю поправки","language":"ru","authorName":"Асель",
                  "status":"PUBLISHED","createdAt":"2026-03-01T10:00:00Z"}]""".formatted(Stubs.ALMATY, text));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(sent.header("Location"))
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<p class=\"success\" role=\"status\">Thank you, your comment has been sent.</p>"))
                .body(containsString("id=\"comment-555\""))
                .body(containsString(text));
    }

    @Test
    void anAcceptedReplyAsksEventsServiceNothingEither() {
        String text = "Мой ответ " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(COMMENTS)).withRequestBody(containing(text))
                .willReturn(Stubs.json(201, """
                        {"id":556,"eventSlug":"%s","parentId":1,"body":"%s","language":"ru","authorName":"Айгерим",
                         "status":"PUBLISHED","createdAt":"2026-03-09T10:00:00Z"}""".formatted(Stubs.ALMATY, text))));
        int eventsBefore = Stubs.events().find(anyRequestedFor(anyUrl())).size();

        Response sent = send(text, "1");

        assertThat(sent.statusCode(), equalTo(303));
        assertThat(sent.header("Location"), endsWith(FORUM + "?sent=true#comment-556"));
        assertThat(Stubs.events().find(anyRequestedFor(anyUrl())).size(), equalTo(eventsBefore));
    }

    @Test
    void aTextFeedbackServiceFindsTooLongIsShownWithItsLimitNextToTheField() {
        String text = "Слишком длинно " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(COMMENTS)).withRequestBody(containing(text))
                .willReturn(Stubs.json(400, """
                        {"type":"https://pikir.org/problems/validation","title":"Invalid request","status":400,
                         "errors":[{"field":"body","message":"size must be between 1 and 8000"}]}""")
                        .withHeader("Content-Type", "application/problem+json")));

        given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "ru")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("body", text)
                .formParam("language", "ru")
                .when().post(FORUM + "/comments")
                .then().statusCode(400)
                .body(containsString("<p class=\"error-message\" id=\"comment-body-error\">"))
                .body(containsString("8000"))
                .body(containsString(text + "</textarea>"))
                .body(org.hamcrest.Matchers.not(containsString("maxlength")));
    }

    @Test
    void anAccountWithAnUnverifiedAddressIsToldToVerifyItWithTheTextKept() {
        String text = "Сразу после регистрации " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(COMMENTS)).withRequestBody(containing(text))
                .willReturn(Stubs.json(403, """
                        {"type":"https://pikir.org/problems/email-unverified","title":"Forbidden","status":403,"detail":"Verify your e-mail address first"}""").withHeader("Content-Type", "application/problem+json")));

        given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "kk")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("body", text)
                .formParam("language", "ru")
                .when().post(FORUM + "/comments")
                .then().statusCode(403)
                .body(containsString("<p class=\"error-message\" id=\"comment-body-error\">"))
                .body(containsString("Алдымен электрондық пошта мекенжайыңызды растаңыз"))
                .body(containsString(text + "</textarea>"));
    }

    private Response send(String text, String parentId) {
        var request = given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", UUID.randomUUID().toString())
                .formParam("body", text)
                .formParam("language", "ru");
        if (parentId != null) {
            request.formParam("parentId", parentId);
        }
        return request.when().post(FORUM + "/comments");
    }
}
