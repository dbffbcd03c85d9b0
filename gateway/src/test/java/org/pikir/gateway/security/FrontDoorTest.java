package org.pikir.gateway.security;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Redirects that no Host header can bend, and CSRF tokens that cannot be made up. */
@QuarkusTest
class FrontDoorTest {

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void aRedirectNeverNamesTheHostARequestMadeUp() {
        Response redirect = given().redirects().follow(false).header("Host", "evil.example")
                .queryParam("next", "/forums/" + Stubs.ALMATY)
                .when().get("/login");
        assertEquals(302, redirect.statusCode());
        // the sign-in goes to Keycloak; a Host of our own choosing must not appear as this site
        assertThat(redirect.header("Location"), not(startsWith("http://evil.example")));

        String session = SignIn.asCitizen();
        Response back = given().redirects().follow(false).header("Host", "evil.example")
                .cookie(SignIn.SESSION_COOKIE, session).queryParam("next", "/forums/" + Stubs.ALMATY)
                .when().get("/login");
        assertEquals(303, back.statusCode());
        assertThat(back.header("Location"), equalTo("/forums/" + Stubs.ALMATY));
    }

    @Test
    void aMadeUpTokenEqualInCookieAndFormIsRefused() {
        String session = SignIn.asCitizen();
        String madeUp = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session).cookie("csrf-token", madeUp)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", madeUp)
                .when().post("/logout")
                .then().statusCode(403);
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get("/")
                .then().body(containsString("Signed in as"));
    }

    @Test
    void aTokenIssuedToAnotherPersonIsRefusedAndClearedWhileTheirOwnPasses() {
        // an attacker's own valid pair (cookie, binding, form token), planted in a citizen's browser
        PageForm planted = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, SignIn.as("citizen2")).when().get("/"));
        String victim = SignIn.asCitizen();

        Response refused = given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, victim).cookies(planted.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", planted.field("csrf-token"))
                .when().post("/logout");
        assertEquals(403, refused.statusCode());
        assertThat(refused.headers().getValues("Set-Cookie").toString(), containsString("csrf-token=;"));
        given().cookie(SignIn.SESSION_COOKIE, victim).header("Accept-Language", "en")
                .when().get("/")
                .then().body(containsString("Signed in as"));

        // the citizen's own page brings a pair bound to them, and it passes
        PageForm own = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, victim).when().get("/"));
        assertThat(own.csrfBinding(), notNullValue());
        given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, victim).cookies(own.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", own.field("csrf-token"))
                .when().post("/logout")
                .then().statusCode(303);
    }

    @Test
    void theCsrfCookieIsLaxAndIsRenewedAtSignInAndSignOut() {
        String session = SignIn.asCitizen();
        Response page = given().cookie(SignIn.SESSION_COOKIE, session).when().get("/");
        String setCookie = page.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("csrf-token=")).findFirst().orElseThrow();
        assertThat(setCookie.toLowerCase(), containsString("samesite=lax"));

        PageForm form = PageForm.of(page);
        Response logout = given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .when().post("/logout");
        assertEquals(303, logout.statusCode());
        assertThat(logout.headers().getValues("Set-Cookie").toString(), containsString("csrf-token=;"));

        Response signIn = given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen())
                .queryParam("next", "/").when().get("/login");
        assertThat(signIn.headers().getValues("Set-Cookie").toString(), containsString("csrf-token=;"));
    }
}
