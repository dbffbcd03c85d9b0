package org.pikir.e2e;

import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.HttpCookie;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signed-in sessions live in the gateway's PostgreSQL, not in its memory: a restarted gateway still knows the
 * browser, and after signing out a copy of the session cookie is worth nothing.
 */
@ExtendWith(PlatformExtension.class)
class SessionRestartIT {

    private static Platform platform;

    @BeforeAll
    static void platform(Platform started) {
        platform = started;
    }

    @Test
    void aRestartedGatewayKeepsTheBrowserSignedInAndSignOutMakesACopiedCookieUseless() {
        BrowserSession browser = new BrowserSession(platform.gatewayUrl());
        BrowserSession.Page keycloakLogin = browser.open("/login");
        FormElement loginForm = keycloakLogin.form("form#kc-form-login");
        browser.submit(loginForm, Map.of("username", "citizen2", "password", "citizen2"));
        assertTrue(signedIn(browser.open("/?lang=en")), "signed in before the restart");
        String session = sessionCookie(browser);

        platform.restartGateway();

        assertTrue(signedIn(browser.open("/?lang=en")), "a restarted gateway must keep the browser signed in");

        BrowserSession.Page home = browser.open("/?lang=en");
        FormElement signOut = (FormElement) home.document().selectFirst("form[action='/logout']");
        BrowserSession.Page after = browser.submit(signOut, Map.of());
        assertEquals(200, after.status());

        // someone who copied the cookie before sign-out gets the anonymous page
        given().baseUri(platform.gatewayUrl()).cookie("q_session", session).header("Accept-Language", "en")
                .when().get("/")
                .then().statusCode(200)
                .body(not(containsString("Signed in as")))
                .body(containsString("href=\"/login"));
    }

    private static String sessionCookie(BrowserSession browser) {
        return browser.liveGatewayCookies().stream()
                .filter(c -> c.getName().equals("q_session"))
                .map(HttpCookie::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static boolean signedIn(BrowserSession.Page page) {
        boolean signOut = !page.document().select("form[action='/logout']").isEmpty();
        boolean signIn = !page.document().select("a[href^='/login']").isEmpty();
        return signOut && !signIn;
    }
}
