package org.pikir.gateway.admin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** Who may open which part of the admin console: staff by role, citizens never, nobody signed in after signing in. */
@QuarkusTest
class AdminAccessTest {

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        Stubs.staffQueues();
    }

    @Test
    void someoneNotSignedInIsSentToSignInAndBack() {
        for (String path : new String[] {"/admin", "/admin/moderation", "/admin/review/5", "/admin/forums/new"}) {
            given().redirects().follow(false)
                    .when().get(path)
                    .then().statusCode(303)
                    .header("Location", endsWith("/login?next=" + path.replace("/", "%2F")));
        }
    }

    @Test
    void aCitizenGetsTheForbiddenPageInTheirLanguage() {
        String session = SignIn.asCitizen();
        for (String path : new String[] {"/admin", "/admin/moderation", "/admin/review", "/admin/forums"}) {
            given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "ru")
                    .when().get(path)
                    .then().statusCode(403)
                    .contentType(containsString("text/html"))
                    .body(containsString("<html lang=\"ru\">"))
                    .body(containsString("У вас нет доступа к этой странице"))
                    .body(not(containsString("class=\"admin-nav\"")));
        }
        Stubs.feedback().verifyThat(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/feedback/(moderation|review)/.*"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.containing("Bearer")));
    }

    @Test
    void aCitizenIsNotOfferedTheAdminConsole() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen()).header("Accept-Language", "en")
                .when().get("/")
                .then().statusCode(200)
                .body(not(containsString("href=\"/admin\"")));
    }

    @Test
    void aModeratorSeesModerationAndReviewButNotForumEditing() {
        String session = SignIn.as("moderator");
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<a class=\"account__admin\" href=\"/admin\">Admin console</a>"));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get("/admin")
                .then().statusCode(200)
                .body(containsString("<a href=\"/admin/moderation\">Moderation</a>"))
                .body(containsString("<a href=\"/admin/review\">Recommendations review</a>"))
                .body(not(containsString("href=\"/admin/forums\"")));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get("/admin/forums")
                .then().statusCode(403);
    }

    @Test
    void anEditorSeesForumEditingButNotModeration() {
        String session = SignIn.as("editor");
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "kk")
                .when().get("/admin")
                .then().statusCode(200)
                .body(containsString("<html lang=\"kk\">"))
                .body(containsString("<a href=\"/admin/forums\">Форумдар</a>"))
                .body(not(containsString("href=\"/admin/moderation\"")))
                .body(not(containsString("href=\"/admin/review\"")));
        given().cookie(SignIn.SESSION_COOKIE, session)
                .when().get("/admin/moderation")
                .then().statusCode(403);
        given().cookie(SignIn.SESSION_COOKIE, session)
                .when().get("/admin/review")
                .then().statusCode(403);
    }

    @Test
    void anAdministratorSeesEveryPart() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("admin")).header("Accept-Language", "en")
                .when().get("/admin")
                .then().statusCode(200)
                .body(containsString("href=\"/admin/moderation\""))
                .body(containsString("href=\"/admin/review\""))
                .body(containsString("href=\"/admin/forums\""))
                .body(containsString("<a href=\"/admin\" aria-current=\"page\">Overview</a>"));
    }
}
