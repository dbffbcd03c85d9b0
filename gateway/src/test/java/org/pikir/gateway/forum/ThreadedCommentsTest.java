package org.pikir.gateway.forum;

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
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replies in threads of bounded depth, the reply form under the comment answered, and hidden comments shown by reason. */
@QuarkusTest
class ThreadedCommentsTest {

    private String slug;
    private String forum;
    private static final String COMMENTS = "/api/feedback/comments";

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        slug = Stubs.forumOfItsOwn("threads");
        forum = "/forums/" + slug;
        // 10 ← 11 ← 12 ← 13 ← 14 is one thread four replies deep; 15 is hidden; 16 is a thread without replies
        Stubs.commentThreads(slug, """
                [{"id":16,"eventSlug":"%1$s","body":"Новая тема","language":"ru","authorName":"Гульнар","status":"PUBLISHED","createdAt":"2026-03-07T10:00:00Z"},
                 {"id":15,"eventSlug":"%1$s","body":null,"language":"ru","authorName":"Спамер","status":"HIDDEN","moderation":{"hidden":true,"reason":"OFF_TOPIC"},"createdAt":"2026-03-06T10:00:00Z"},
                 {"id":14,"eventSlug":"%1$s","parentId":13,"body":"Пятый уровень","language":"ru","authorName":"Бауыржан","status":"PUBLISHED","createdAt":"2026-03-05T10:00:00Z"},
                 {"id":13,"eventSlug":"%1$s","parentId":12,"body":"Четвёртый уровень","language":"ru","authorName":"Алия","status":"PUBLISHED","createdAt":"2026-03-04T10:00:00Z"},
                 {"id":12,"eventSlug":"%1$s","parentId":11,"body":"Третий уровень","language":"ru","authorName":"Дана","status":"PUBLISHED","createdAt":"2026-03-03T10:00:00Z"},
                 {"id":11,"eventSlug":"%1$s","parentId":10,"body":"Ответ Асель","language":"ru","authorName":"Ерлан","status":"PUBLISHED","createdAt":"2026-03-02T10:00:00Z"},
                 {"id":10,"eventSlug":"%1$s","body":"Начало обсуждения","language":"ru","authorName":"Асель","status":"PUBLISHED","createdAt":"2026-03-01T10:00:00Z"}]
                """.formatted(slug));
    }

    @Test
    void repliesAreNestedUnderTheCommentTheyAnswerUpToTheDepthBound() {
        String html = given().header("Accept-Language", "en").when().get(forum)
                .then().statusCode(200).extract().asString();

        String thread = html.substring(html.indexOf("id=\"comment-10\""));
        assertThat(thread, containsString("<ol class=\"comment-list comment-list--replies\">"));
        assertThat("a reply follows the comment it answers", thread.indexOf("Ответ Асель"),
                lessThan(thread.indexOf("Третий уровень")));
        // 14 answers 13, which is already as deep as threads go: it is shown beside 13, under 12
        int at12 = html.indexOf("id=\"comment-12\"");
        String under12 = html.substring(at12, html.indexOf("</section>", at12));
        assertThat(under12, containsString("id=\"comment-13\""));
        assertThat(under12, containsString("id=\"comment-14\""));
        assertThat("13 and 14 are siblings", under12.indexOf("id=\"comment-14\""),
                org.hamcrest.Matchers.greaterThan(under12.indexOf("</li>", under12.indexOf("id=\"comment-13\""))));
        // the newest thread first
        assertThat(html.indexOf("id=\"comment-16\""), lessThan(html.indexOf("id=\"comment-15\"")));
        assertThat(html.indexOf("id=\"comment-15\""), lessThan(html.indexOf("id=\"comment-10\"")));
    }

    @Test
    void replyLinksStopAtTheDepthBoundAndLeadAnonymousVisitorsToSignIn() {
        String html = given().header("Accept-Language", "en").when().get(forum)
                .then().statusCode(200).extract().asString();

        for (int id : new int[] {10, 11, 12, 16}) {
            String next = ("/forums/" + slug + "?reply=" + id + "#reply-form").replace("/", "%2F")
                    .replace("?", "%3F").replace("=", "%3D").replace("#", "%23");
            assertThat("comment " + id + " takes replies", html, containsString("href=\"/login?next=" + next + "\">Reply"));
        }
        assertThat("13 is as deep as threads go", html, not(containsString("reply=13")));
        assertThat(html, not(containsString("reply=14")));
    }

    @Test
    void aHiddenCommentShowsTheModeratorsReasonInsteadOfItsText() {
        given().header("Accept-Language", "en").when().get(forum)
                .then().statusCode(200)
                .body(containsString("<p class=\"comment__hidden\">Hidden by a moderator: off topic</p>"))
                .body(not(containsString("reply=15")))
                .body(not(containsString("comment=15")));
        given().header("Accept-Language", "ru").when().get(forum)
                .then().statusCode(200)
                .body(containsString("Скрыто модератором: не по теме"));
        given().header("Accept-Language", "kk").when().get(forum)
                .then().statusCode(200)
                .body(containsString("Модератор жасырды: тақырыпқа қатысы жоқ"));
    }

    @Test
    void theReplyFormIsShownUnderTheCommentAnsweredInsteadOfTheCommentForm() {
        String session = SignIn.asCitizen();
        String html = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .queryParam("reply", "11")
                .when().get(forum)
                .then().statusCode(200).extract().asString();

        String comment = html.substring(html.indexOf("id=\"comment-11\""));
        assertThat(comment.indexOf("<form class=\"comment-form\" id=\"reply-form\""), lessThan(comment.indexOf("id=\"comment-12\"")));
        assertThat(comment, containsString("<h3>Reply to Ерлан</h3>"));
        assertThat(comment, containsString("<input type=\"hidden\" name=\"parentId\" value=\"11\">"));
        assertThat(comment, containsString("<textarea id=\"reply-body\" name=\"body\""));
        assertThat("one form at a time", html, not(containsString("id=\"comment-form\"")));
    }

    @Test
    void aReplyIsSentWithTheCommentItAnswersAndTheUsersToken() {
        String session = SignIn.asCitizen();
        String text = "Согласна с Ерланом " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(COMMENTS)).withRequestBody(containing(text))
                .willReturn(Stubs.json(201, """
                        {"id":130,"eventSlug":"%s","parentId":11,"body":"%s","language":"ru","authorName":"citizen",
                         "status":"PUBLISHED","createdAt":"2026-03-08T10:00:00Z"}""".formatted(slug, text))));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).queryParam("reply", "11").when().get(forum));

        given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("parentId", form.field("parentId"))
                .formParam("body", text)
                .formParam("language", "ru")
                .when().post(forum + "/comments")
                .then().statusCode(303)
                .header("Location", endsWith(forum + "?sent=true#comment-130"));

        List<LoggedRequest> sent = Stubs.feedback().find(postRequestedFor(urlPathEqualTo(COMMENTS))
                .withRequestBody(containing(text)));
        assertThat(sent, hasSize(1));
        assertTrue(equalToJson("""
                {"eventSlug":"%s","body":"%s","language":"ru","parentId":11}""".formatted(slug, text))
                .match(sent.get(0).getBodyAsString()).isExactMatch(), sent.get(0).getBodyAsString());
        assertThat(sent.get(0).getHeader("Authorization"), equalTo("Bearer " + SignIn.accessTokenOf("citizen")));
        assertThat(sent.get(0).getHeader("Idempotency-Key"), equalTo(form.field("idempotency-key")));
    }

    @Test
    void anEmptyReplyComesBackUnderTheCommentWithTheErrorSummary() {
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).queryParam("reply", "10").when().get(forum));

        String html = given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("parentId", "10")
                .formParam("body", "  ")
                .formParam("language", "kk")
                .when().post(forum + "/comments")
                .then().statusCode(400)
                .body(containsString("<title>Error: "))
                .body(containsString("<li><a href=\"#reply-body\">Enter your comment</a></li>"))
                .body(containsString("<p class=\"error-message\" id=\"reply-body-error\">"))
                .extract().asString();
        String comment = html.substring(html.indexOf("id=\"comment-10\""));
        assertThat(comment.indexOf("id=\"reply-form\""), lessThan(comment.indexOf("id=\"comment-11\"")));
        assertThat(comment, containsString("<option value=\"kk\" lang=\"kk\" selected>"));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo(COMMENTS)).withRequestBody(containing("\"parentId\":10")));
    }

    @Test
    void aReplyToACommentThatCannotBeAnsweredKeepsTheTextForAPlainComment() {
        String session = SignIn.asCitizen();
        String text = "Ответ на скрытый " + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(COMMENTS)).withRequestBody(containing(text))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"https://pikir.org/problems/validation","title":"Invalid request","status":400,
                                 "errors":[{"field":"parentId","message":"is not a published comment on this event"}]}""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(forum));

        given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("parentId", "12")
                .formParam("body", text)
                .formParam("language", "ru")
                .when().post(forum + "/comments")
                .then().statusCode(400)
                .body(containsString("<a href=\"#reply-body\">The comment you are replying to can no longer be answered."))
                .body(containsString(text + "</textarea>"));
    }
}
