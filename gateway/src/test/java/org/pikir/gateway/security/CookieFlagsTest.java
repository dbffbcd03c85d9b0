package org.pikir.gateway.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every cookie the gateway sets is HttpOnly, scoped to this host (no Domain) and to the whole site (Path=/), and
 * holds no token. The session and sign-in state cookies are SameSite=Lax (a link from elsewhere keeps one signed
 * in, a cross-site POST does not carry them). Secure is added on TLS (BehindTlsProxyTest). The session cookie is
 * {@code q_session}, a name quarkus-oidc 3.33 fixes: it cannot carry the {@code __Host-} prefix, so the attributes
 * that prefix would enforce (no Domain, Path=/, Secure on TLS) are checked one by one instead.
 */
@QuarkusTest
class CookieFlagsTest {

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void theSessionAndSignInCookiesAreHostOnlyHttpOnlyLax() {
        SignIn.Challenge challenge = SignIn.start("/");
        Response login = given().redirects().follow(false).queryParam("next", "/").when().get("/login");
        Cookies.SetCookie state = Cookies.startingWith(login, "q_auth");
        hostOnlyHttpOnly(state);
        assertEquals("lax", state.attribute("SameSite").orElse("").toLowerCase());

        Response callback = SignIn.complete(challenge);
        Cookies.SetCookie session = Cookies.named(callback, SignIn.SESSION_COOKIE);
        hostOnlyHttpOnly(session);
        assertEquals("lax", session.attribute("SameSite").orElse("").toLowerCase());
        assertTrue(session.value().matches(SignIn.SESSION_ID), "an opaque random id: " + session.value());
        noTokenIn(callback);
    }

    @Test
    void theCsrfAndLanguageCookiesAreHostOnlyAndHttpOnly() {
        Response page = given().queryParam("lang", "kk").cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen())
                .when().get("/forums/" + Stubs.ALMATY);
        hostOnlyHttpOnly(Cookies.named(page, "csrf-token"));
        hostOnlyHttpOnly(Cookies.named(page, "csrf-binding"));
        Cookies.SetCookie language = Cookies.named(page, "pikir_lang");
        hostOnlyHttpOnly(language);
        assertEquals("lax", language.attribute("SameSite").orElse("").toLowerCase());
        noTokenIn(page);
    }

    @Test
    void signingOutClearsTheSessionCookieWithTheSameFlags() {
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/"));
        Response logout = given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .when().post("/logout");
        assertEquals(303, logout.statusCode());
        Cookies.SetCookie cleared = Cookies.named(logout, SignIn.SESSION_COOKIE);
        assertEquals("", cleared.value());
        assertEquals("0", cleared.attribute("Max-Age").orElse(""));
        hostOnlyHttpOnly(cleared);
    }

    static void hostOnlyHttpOnly(Cookies.SetCookie cookie) {
        List<String> wrong = new ArrayList<>();
        if (!cookie.has("HttpOnly")) {
            wrong.add("not HttpOnly");
        }
        if (cookie.has("Domain")) {
            wrong.add("Domain=" + cookie.attribute("Domain").orElse(""));
        }
        if (!"/".equals(cookie.attribute("Path").orElse(null))) {
            wrong.add("Path is " + cookie.attribute("Path").orElse(null));
        }
        assertTrue(wrong.isEmpty(), cookie.name() + " " + cookie.attributes() + ": " + wrong);
    }

    static void noTokenIn(Response response) {
        for (String header : response.headers().getValues("Set-Cookie")) {
            assertTrue(!header.contains("eyJ"), "a JWT in a cookie: " + header);
        }
    }
}
