package org.pikir.gateway.account;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "My feedback": what the citizen sent with status, the moderator's reason and the official answer,
 * notifications, the public name, comment editing and deleting, the data export and erasure; each
 * form with its error summary and CSRF token, each call with the citizen's own token.
 */
@QuarkusTest
class MyFeedbackPagesTest {

    private static final String ME = "/api/feedback/me";
    private static final String CSRF = "csrf-token";
    /** Comment 41 is in its edit window, 42 hidden by a moderator, 43 deleted by its author; 51 a recommendation. */
    private static final String ITEMS = """
            {"items":[
              {"kind":"COMMENT","id":41,"eventSlug":"%1$s","body":"Нужны вечерние слушания","language":"ru",
               "visibility":"PENDING","version":3,"editableUntil":"2099-01-01T00:00:00Z","createdAt":"2026-03-05T10:00:00Z"},
              {"kind":"COMMENT","id":42,"eventSlug":"%1$s","body":"Текст не по теме","language":"ru","visibility":"HIDDEN",
               "moderation":{"reason":"OFF_TOPIC","note":"Обсуждение о другом форуме","at":"2026-03-04T10:00:00Z"},
               "version":1,"createdAt":"2026-03-04T09:00:00Z"},
              {"kind":"COMMENT","id":43,"eventSlug":"%1$s","language":"ru","visibility":"DELETED","version":2,
               "createdAt":"2026-03-03T09:00:00Z"},
              {"kind":"RECOMMENDATION","id":51,"eventSlug":"%1$s","title":"Больше слушаний в регионах",
               "body":"Проводить слушания в каждом областном центре.","language":"ru","visibility":"PUBLISHED",
               "reviewStatus":"ACCEPTED","endorsementCount":7,
               "officialAnswer":{"text":"Учтено в плане на 2027 год.","answeredBy":"Министерство юстиции","answeredAt":"2026-04-01T06:00:00Z"},
               "version":0,"createdAt":"2026-03-01T10:00:00Z"}],
             "nextCursor":"older1"}""".formatted(Stubs.ALMATY);

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        Stubs.feedback().register(get(urlPathEqualTo(ME)).willReturn(Stubs.json(200, """
                {"displayName":"citizen-4f2a1","language":"ru","email":"citizen@example.test","emailNotifications":true,
                 "unreadNotifications":1,"createdAt":"2026-03-01T10:00:00Z","updatedAt":"2026-03-01T10:00:00Z"}""")));
        Stubs.feedback().register(get(urlPathEqualTo(ME + "/items")).willReturn(Stubs.json(200, ITEMS)));
        Stubs.feedback().register(get(urlPathEqualTo(ME + "/notifications")).willReturn(Stubs.json(200, """
                {"items":[
                  {"id":9,"kind":"MODERATED","itemType":"COMMENT","itemId":42,"eventSlug":"%1$s","outcome":"HIDDEN",
                   "reason":"OFF_TOPIC","note":"Обсуждение о другом форуме","message":"—","createdAt":"2026-03-04T10:00:00Z","read":false},
                  {"id":8,"kind":"ANSWERED","itemType":"RECOMMENDATION","itemId":51,"eventSlug":"%1$s","outcome":"ACCEPTED",
                   "message":"—","createdAt":"2026-04-01T06:00:00Z","read":true}],
                 "nextCursor":null}""".formatted(Stubs.ALMATY))));
    }

    @Test
    void nobodySignedInIsSentToSignInAndTheHeaderLinksMyFeedbackForThoseSignedIn() {
        given().redirects().follow(false).when().get("/my-feedback")
                .then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fmy-feedback"));
        given().when().get("/").then().body(not(containsString("href=\"/my-feedback\"")));
        given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen()).header("Accept-Language", "en")
                .when().get("/")
                .then().body(containsString("<a class=\"account__mine\" href=\"/my-feedback\">My feedback</a>"));
    }

    @Test
    void everythingISentIsListedWithItsStatusTheModeratorsReasonAndTheAnswer() {
        String html = given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen()).header("Accept-Language", "en")
                .when().get("/my-feedback")
                .then().statusCode(200).extract().asString();

        assertThat(html, containsString("<dd class=\"my-name\">citizen-4f2a1</dd>"));
        assertThat(html, containsString("On, to citizen@example.test"));
        String hidden = item(html, "my-comment-42");
        assertThat(hidden, containsString("<span class=\"tag tag--status\">Hidden by a moderator</span>"));
        assertThat(hidden, containsString("Текст не по теме"));
        assertThat(hidden, containsString("<p class=\"moderation-reason\">Hidden by a moderator: off topic</p>"));
        assertThat(hidden, containsString("Moderator&#39;s note: Обсуждение о другом форуме"));
        assertThat(hidden, containsString("href=\"/forums/" + Stubs.ALMATY + "#comment-42\""));
        assertThat("only comments in their edit window can be edited", hidden, not(containsString("/edit\"")));
        String pending = item(html, "my-comment-41");
        assertThat(pending, containsString("Waiting for a moderator"));
        assertThat(pending, containsString("<a href=\"/my-feedback/comments/41/edit\">Edit"));
        assertThat(pending, containsString("<a href=\"/my-feedback/comments/41/delete\">Delete"));
        assertThat(item(html, "my-comment-43"), containsString("Deleted by you"));
        assertThat(item(html, "my-comment-43"), not(containsString("/delete\"")));
        String recommendation = item(html, "my-recommendation-51");
        assertThat(recommendation, containsString("Больше слушаний в регионах"));
        assertThat(recommendation, containsString("Review: Accepted · Endorsements: 7"));
        assertThat(recommendation, containsString("<p class=\"answer__text long-text\">Учтено в плане на 2027 год.</p>"));
        assertThat(recommendation, containsString("Answered on behalf of Министерство юстиции"));
        assertThat(html, containsString("<a href=\"/my-feedback?after=older1#items\" rel=\"next\">Older feedback</a>"));
        assertThat(html, containsString("<span class=\"tag tag--new\">New</span> Your comment on the forum “Constitutional reform: the basis of the country&#39;s long-term development” was hidden by a moderator: off topic."));
        assertThat(html, containsString("Your recommendation on the forum “Constitutional reform: the basis of the country&#39;s long-term development” has received an official answer."));
        assertThat(html, containsString("<form method=\"post\" action=\"/my-feedback/notifications/read\">"));
        assertThat(html, containsString("<a href=\"/my-feedback/export\" download>Download my data (JSON)</a>"));

        Stubs.feedback().verifyThat(WireMock.getRequestedFor(urlPathEqualTo(ME + "/items"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("citizen")))
                .withQueryParam("size", WireMock.equalTo("20")));
    }

    @Test
    void thePageSpeaksTheVisitorsLanguage() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen()).header("Accept-Language", "kk")
                .when().get("/my-feedback")
                .then().statusCode(200)
                .body(containsString("<h1>Менің пікірлерім</h1>"))
                .body(containsString("Модератор жасырды: тақырыпқа қатысы жоқ"));
        given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen()).header("Accept-Language", "ru")
                .when().get("/my-feedback")
                .then().statusCode(200)
                .body(containsString("<h1>Мои отзывы</h1>"))
                .body(containsString("Скрыто модератором: не по теме"));
    }

    @Test
    void notificationsAreMarkedReadWithTheCitizensToken() {
        String session = SignIn.asCitizen();
        Stubs.feedback().register(post(urlPathEqualTo(ME + "/notifications/read")).willReturn(aResponse().withStatus(204)));
        int before = Stubs.feedback().find(postRequestedFor(urlPathEqualTo(ME + "/notifications/read"))).size();

        posting(session, PageForm.of(page(session, "/my-feedback")), "en")
                .when().post("/my-feedback/notifications/read")
                .then().statusCode(303)
                .header("Location", endsWith("/my-feedback?done=read#notifications"));
        List<LoggedRequest> sent = Stubs.feedback().find(postRequestedFor(urlPathEqualTo(ME + "/notifications/read")));
        assertThat(sent, hasSize(before + 1));
        assertThat(sent.get(sent.size() - 1).getHeader("Authorization"), equalTo("Bearer " + SignIn.accessTokenOf("citizen")));
    }

    @Test
    void thePublicNameAndNotificationChoicesAreSaved() {
        String session = SignIn.asCitizen();
        String name = "Айгерим " + UUID.randomUUID().toString().substring(0, 4);
        Stubs.feedback().register(put(urlPathEqualTo(ME + "/profile")).willReturn(Stubs.json(200, "{}")));
        Response form = page(session, "/my-feedback/profile");
        assertThat(form.asString(), containsString("id=\"display-name\" name=\"displayName\" value=\"citizen-4f2a1\""));
        assertThat(form.asString(), containsString("<input type=\"radio\" id=\"profile-language-ru\" name=\"language\" value=\"ru\" checked>"));
        assertThat(form.asString(), containsString("<input type=\"checkbox\" id=\"email-notifications\" name=\"emailNotifications\" value=\"true\" checked>"));

        posting(session, PageForm.of(form), "en")
                .formParam("displayName", " " + name + " ").formParam("language", "kk")
                .when().post("/my-feedback/profile")
                .then().statusCode(303)
                .header("Location", endsWith("/my-feedback?done=profile#profile"));
        assertJson("{\"displayName\":\"" + name + "\",\"language\":\"kk\",\"emailNotifications\":false}",
                only(putRequestedFor(urlPathEqualTo(ME + "/profile")).withRequestBody(WireMock.containing(name))));
    }

    @Test
    void aNameThatIsNotAllowedOrTakenIsExplainedAtTheField() {
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(page(session, "/my-feedback/profile"));
        posting(session, form, "en").formParam("displayName", "me@example.com").formParam("language", "en")
                .when().post("/my-feedback/profile")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#display-name\">The name must not look like an e-mail address</a></li>"))
                .body(containsString("value=\"me@example.com\""));
        posting(session, form, "ru").formParam("displayName", "x").formParam("language", "fr")
                .when().post("/my-feedback/profile")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#display-name\">Введите от 2 до 40 букв или цифр"))
                .body(containsString("<li><a href=\"#profile-language\">Выберите язык</a></li>"));
        Stubs.feedback().verifyThat(0, putRequestedFor(urlPathEqualTo(ME + "/profile"))
                .withRequestBody(WireMock.containing("me@example.com")));

        String taken = "Taken " + UUID.randomUUID().toString().substring(0, 4);
        Stubs.feedback().register(put(urlPathEqualTo(ME + "/profile")).withRequestBody(WireMock.containing(taken))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://pikir.org/problems/display-name-taken","status":409,
                         "errors":[{"field":"displayName","message":"is taken"}]}""")));
        posting(session, form, "en").formParam("displayName", taken).formParam("language", "en")
                .formParam("emailNotifications", "true")
                .when().post("/my-feedback/profile")
                .then().statusCode(409)
                .body(containsString("<li><a href=\"#display-name\">This name is already taken. Choose another</a></li>"))
                .body(containsString("value=\"" + taken + "\""))
                .body(containsString("name=\"emailNotifications\" value=\"true\" checked"));

        // a 422 (no RestResponse.Status names it) is shown as the form again, not as a failed page
        String refused = "Refused " + UUID.randomUUID().toString().substring(0, 4);
        Stubs.feedback().register(put(urlPathEqualTo(ME + "/profile")).withRequestBody(WireMock.containing(refused))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://pikir.org/problems/validation","status":422,
                         "errors":[{"field":"displayName","message":"is not allowed"}]}""")));
        posting(session, form, "en").formParam("displayName", refused).formParam("language", "en")
                .when().post("/my-feedback/profile")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#display-name\">"))
                .body(containsString("value=\"" + refused + "\""));
    }

    @Test
    void theDataExportIsTheServicesJsonFileDownloadedThroughTheGateway() {
        String export = "{\"profile\":{\"displayName\":\"citizen-4f2a1\"},\"comments\":[],\"recommendations\":[]}";
        Stubs.feedback().register(get(urlPathEqualTo(ME + "/export")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("Content-Disposition", "attachment; filename=\"pikir-my-feedback-2026-03-05.json\"")
                .withBody(export)));

        given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen())
                .when().get("/my-feedback/export")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Content-Disposition", equalTo("attachment; filename=\"pikir-my-feedback-2026-03-05.json\""))
                .header("Cache-Control", containsString("no-store"))
                .body(equalTo(export));
        Stubs.feedback().verifyThat(WireMock.getRequestedFor(urlPathEqualTo(ME + "/export"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("citizen"))));
        given().redirects().follow(false).when().get("/my-feedback/export")
                .then().statusCode(303).header("Location", endsWith("/login?next=%2Fmy-feedback"));
    }

    @Test
    void erasingNeedsTheWordDeleteTypedThenErasesWithTheConfirmation() {
        String session = SignIn.as("citizen2");
        Stubs.feedback().register(delete(urlPathEqualTo(ME)).willReturn(aResponse().withStatus(204)));
        Response erasePage = page(session, "/my-feedback/erase");
        assertThat(erasePage.asString(), containsString("<label for=\"erase-confirm\">To confirm, type DELETE</label>"));
        PageForm form = PageForm.of(erasePage);
        RequestPatternBuilder erased = deleteRequestedFor(urlPathEqualTo(ME))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("citizen2")));
        int before = Stubs.feedback().find(erased).size();

        posting(session, form, "en").formParam("confirm", "delete")
                .when().post("/my-feedback/erase")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#erase-confirm\">Type DELETE to confirm</a></li>"))
                .body(containsString("value=\"delete\""));
        assertThat("nothing is erased without the word", Stubs.feedback().find(erased), hasSize(before));

        posting(session, form, "en").formParam("confirm", "DELETE")
                .when().post("/my-feedback/erase")
                .then().statusCode(303)
                .header("Location", endsWith("/my-feedback?done=erased"));
        List<LoggedRequest> sent = Stubs.feedback().find(erased);
        assertThat(sent, hasSize(before + 1));
        assertJson("{\"confirm\":\"DELETE\"}", sent.get(sent.size() - 1));
    }

    @Test
    void erasingWithoutTheCsrfTokenIsRefusedAndNothingIsErased() {
        RequestPatternBuilder erased = deleteRequestedFor(urlPathEqualTo(ME))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("citizen2")));
        int before = Stubs.feedback().find(erased).size();
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("citizen2")).contentType("application/x-www-form-urlencoded")
                .formParam("confirm", "DELETE")
                .when().post("/my-feedback/erase")
                .then().statusCode(403);
        assertThat(Stubs.feedback().find(erased), hasSize(before));
    }

    @Test
    void aCommentInItsEditWindowIsChangedAtTheVersionShown() {
        String session = SignIn.asCitizen();
        String text = "Нужны вечерние и выходные слушания " + UUID.randomUUID();
        Stubs.feedback().register(put(urlPathEqualTo("/api/feedback/comments/41")).willReturn(Stubs.json(200, "{}")));
        Response edit = page(session, "/my-feedback/comments/41/edit");
        assertThat(edit.asString(), containsString(">Нужны вечерние слушания</textarea>"));
        assertThat(edit.asString(), containsString("<input type=\"hidden\" name=\"version\" value=\"3\">"));

        posting(session, PageForm.of(edit), "en").formParam("body", text).formParam("version", "3")
                .when().post("/my-feedback/comments/41/edit")
                .then().statusCode(303)
                .header("Location", endsWith("/my-feedback?done=edited#my-comment-41"));
        LoggedRequest sent = only(putRequestedFor(urlPathEqualTo("/api/feedback/comments/41")).withRequestBody(WireMock.containing(text)));
        assertJson("{\"body\":\"" + text + "\"}", sent);
        assertThat(sent.getHeader("If-Match"), equalTo("\"3\""));
        assertThat(sent.getHeader("Authorization"), equalTo("Bearer " + SignIn.accessTokenOf("citizen")));

        given().cookie(SignIn.SESSION_COOKIE, session).when().get("/my-feedback/comments/42/edit")
                .then().statusCode(404);
    }

    @Test
    void anEmptyTextOrAClosedWindowIsExplainedAtTheField() {
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(page(session, "/my-feedback/comments/41/edit"));
        posting(session, form, "en").formParam("body", "  ").formParam("version", "3")
                .when().post("/my-feedback/comments/41/edit")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#comment-body\">Enter the comment</a></li>"));

        String late = "Поздняя правка " + UUID.randomUUID();
        Stubs.feedback().register(put(urlPathEqualTo("/api/feedback/comments/41")).withRequestBody(WireMock.containing(late))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://pikir.org/problems/edit-window-closed\",\"status\":409}")));
        posting(session, form, "en").formParam("body", late).formParam("version", "3")
                .when().post("/my-feedback/comments/41/edit")
                .then().statusCode(409)
                .body(containsString("<li><a href=\"#comment-body\">The time to change this comment has passed</a></li>"))
                .body(containsString(late + "</textarea>"));
    }

    @Test
    void aCommentIsDeletedAfterTheCitizenConfirms() {
        String session = SignIn.asCitizen();
        Stubs.feedback().register(delete(urlPathEqualTo("/api/feedback/comments/42")).willReturn(aResponse().withStatus(204)));
        Response confirm = page(session, "/my-feedback/comments/42/delete");
        assertThat(confirm.asString(), containsString("Текст не по теме"));
        assertThat(confirm.asString(), containsString("<form method=\"post\" action=\"/my-feedback/comments/42/delete\""));
        int before = Stubs.feedback().find(deleteRequestedFor(urlPathEqualTo("/api/feedback/comments/42"))).size();

        posting(session, PageForm.of(confirm), "en")
                .when().post("/my-feedback/comments/42/delete")
                .then().statusCode(303)
                .header("Location", endsWith("/my-feedback?done=deleted#my-comment-42"));
        assertThat(Stubs.feedback().find(deleteRequestedFor(urlPathEqualTo("/api/feedback/comments/42"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("citizen")))), hasSize(before + 1));
        given().cookie(SignIn.SESSION_COOKIE, session).when().get("/my-feedback/comments/43/delete")
                .then().statusCode(404);
    }

    /** The part of the page about one item: from its anchor to the end of its list entry. */
    private static String item(String html, String anchor) {
        int start = html.indexOf("id=\"" + anchor + "\"");
        assertTrue(start > 0, anchor + " is on the page");
        return html.substring(start, nextItem(html, start));
    }

    private static int nextItem(String html, int start) {
        int next = html.indexOf("<li class=\"my-item\"", start + 1);
        return next > 0 ? next : html.indexOf("</ol>", start);
    }

    private static Response page(String session, String path) {
        return given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get(path);
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
