package org.pikir.gateway.forum;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ForumPagesTest {

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void homeListsThePublishedForumsWithDateCityAndConsultation() {
        given().header("Accept-Language", "ru")
                .when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Конституционная реформа – основа долгосрочного развития страны"))
                .body(containsString("href=\"/forums/" + Stubs.ALMATY + "\""))
                .body(containsString("Алматы"))
                .body(containsString("25 февраля 2026"))
                .body(containsString("Приём комментариев открыт до 25 февраля 2099"))
                .body(containsString("Общественные слушания по бюджету"))
                .body(containsString("Приём комментариев закрыт"));
    }

    @Test
    void aTitleMissingInTheChosenLanguageIsShownInAnotherWithANotice() {
        given().queryParam("lang", "en")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("Constitutional reform: the basis of the country&#39;s long-term development"))
                .body(containsString("lang=\"ru\">Общественные слушания по бюджету</a>"))
                .body(containsString("Shown in Russian"));
    }

    @Test
    void forumPageShowsTheForumAndItsCommentsNewestFirstWithTheirTextEscaped() {
        String html = given().header("Accept-Language", "en")
                .when().get("/forums/" + Stubs.ALMATY)
                .then().statusCode(200)
                .body(containsString("<h1>Constitutional reform: the basis of the country&#39;s long-term development</h1>"))
                .body(containsString("Дворец Республики"))
                .body(containsString("The organiser is not named in the source"))
                .body(containsString("href=\"https://www.akorda.kz/ru/forum\""))
                .body(containsString("Open for comments until"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>")))
                .body(containsString("Mallory &lt;b&gt;bold&lt;/b&gt;"))
                .extract().asString();
        assertThat("newest comment first", html.indexOf("alert(1)"), lessThan(html.indexOf("Поддерживаю поправки")));
        assertThat(html.indexOf("Поддерживаю поправки"), greaterThan(0));
    }

    @Test
    void anonymousVisitorsAreInvitedToSignInToComment() {
        given().header("Accept-Language", "en")
                .when().get("/forums/" + Stubs.ALMATY)
                .then().statusCode(200)
                .body(containsString("href=\"/login?next=%2Fforums%2F" + Stubs.ALMATY + "\">Sign in to comment</a>"))
                .body(not(containsString("<textarea")));
    }

    @Test
    void aClosedForumOffersNoWayToComment() {
        given().header("Accept-Language", "en")
                .when().get("/forums/" + Stubs.RUSSIAN_ONLY)
                .then().statusCode(200)
                .body(containsString("Closed for comments"))
                .body(containsString("Маслихат города Астаны"))
                .body(containsString("Протокол слушаний"))
                .body(not(containsString("Sign in to comment")));
    }

    @Test
    void anUnknownForumIsTheNotFoundPage() {
        given().header("Accept-Language", "en")
                .when().get("/forums/no-such-forum")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Page not found"));
    }

    @Test
    void aSlugThatCannotExistIsNotFoundWithoutAskingEventsService() {
        given().when().get("/forums/NOT_a_slug")
                .then().statusCode(404)
                .contentType(containsString("text/html"));
    }

    @Test
    void anUnknownAddressIsTheNotFoundPage() {
        given().header("Accept-Language", "kk")
                .when().get("/no/such/page")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Бет табылмады"));
    }

    @Test
    void theStyleSheetIsServed() {
        given().when().get("/css/pikir.css")
                .then().statusCode(200)
                .contentType(containsString("text/css"));
    }

    @Test
    void aCommentWithoutCsrfTokenIsForbidden() {
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept-Language", "en")
                .formParam("body", "Hello")
                .formParam("language", "en")
                .when().post("/forums/" + Stubs.ALMATY + "/comments")
                .then().statusCode(403)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .body(containsString("This form could not be accepted"));
    }

    @Test
    void aCommentWithAForgedCsrfTokenIsForbiddenInTheVisitorsLanguage() {
        String session = SignIn.asCitizen();
        String csrf = given().cookie(SignIn.SESSION_COOKIE, session).when().get("/forums/" + Stubs.ALMATY)
                .getCookie("csrf-token");
        given().cookie("csrf-token", csrf).cookie(SignIn.SESSION_COOKIE, session)
                .cookie("pikir_lang", "kk")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", "forged" + csrf)
                .formParam("body", "Hello")
                .formParam("language", "en")
                .when().post("/forums/" + Stubs.ALMATY + "/comments")
                .then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"kk\">"))
                .body(containsString("Форма қабылданбады"));
    }

    @Test
    void aCommentFromSomeoneWhoseSessionEndedLeadsToSignIn() {
        // the form was loaded while signed in; the session is gone when it is sent
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen())
                .when().get("/forums/" + Stubs.ALMATY));
        given().redirects().follow(false)
                .cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("body", "Hello")
                .formParam("language", "en")
                .when().post("/forums/" + Stubs.ALMATY + "/comments")
                .then().statusCode(303)
                .header("Location", startsWith("/login?next=%2Fforums%2F" + Stubs.ALMATY));
    }
}
