package org.pikir.e2e;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.HttpCookie;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.e2e.EventsApiIT.ALMATY;

/** The web login through the real Keycloak (OIDC code flow) and a comment posted with the page's form. */
@ExtendWith(PlatformExtension.class)
class BrowserLoginIT {

    // a readable JWT: header.payload.signature, both JSON parts starting with base64url '{"'
    private static final Pattern SIGNED_JWT = Pattern.compile("eyJ[\\w-]*\\.eyJ[\\w-]*\\.[\\w-]*");
    // anything shaped like a JWS or JWE: base64url JSON, or dot-separated segments
    private static final Pattern TOKEN_LIKE = Pattern.compile("eyJ|[\\w-]+\\.[\\w-]+\\.[\\w-]+");

    private static final String COMMENT_FORM = "form[action$='/forums/" + ALMATY + "/comments']";

    private static Platform platform;

    @BeforeAll
    static void platform(Platform started) {
        platform = started;
    }

    @Test
    void aCitizenSignsInAtKeycloakAndCommentsThroughTheForumPage() {
        BrowserSession browser = new BrowserSession(platform.gatewayUrl());

        BrowserSession.Page anonymousHome = browser.open("/");
        assertEquals(200, anonymousHome.status());
        assertFalse(signedIn(anonymousHome), "signed in before login:\n" + anonymousHome.body());

        signInAsCitizen(browser);

        BrowserSession.Page home = browser.open("/");
        assertTrue(signedIn(home), "home page does not show a signed-in user:\n" + home.body());
        // the demo realm's citizen is Aigerim Citizen; the page shows the token's name claim
        assertTrue(home.document().select(".account").text().contains("Aigerim Citizen"),
                "home page does not name the user:\n" + home.body());
        assertNoTokensInCookies(browser);

        BrowserSession.Page forum = browser.open("/forums/" + ALMATY);
        assertEquals(200, forum.status());
        FormElement commentForm = forum.form(COMMENT_FORM);
        assertNotNull(csrfField(commentForm), "comment form without a CSRF field:\n" + commentForm.outerHtml());
        String text = "Comment from the e2e browser " + UUID.randomUUID();

        BrowserSession.Page afterPost = browser.submit(commentForm, Map.of(textField(commentForm), text));

        assertEquals(200, afterPost.status(), afterPost.body());
        assertEquals("/forums/" + ALMATY, afterPost.uri().getPath());
        assertTrue(afterPost.document().select(".comment").stream()
                        .anyMatch(comment -> comment.text().contains(text) && comment.text().contains("citizen")),
                "the new comment is not on the page under the author's name:\n" + afterPost.body());

        BrowserSession.Page signedOut = browser.submit(afterPost.form("form[action='/logout']"), Map.of());
        assertEquals(platform.gatewayUrl() + "/", signedOut.uri().toString());
        assertFalse(signedIn(signedOut), "still signed in after signing out:\n" + signedOut.body());
        assertFalse(signedIn(browser.open("/forums/" + ALMATY)), "the forum page still knows the user");
        // the Keycloak session ended too: signing in again asks for the password
        assertEquals(platform.keycloakUrl(), origin(browser.open("/login")), "Keycloak signed the user in silently");
    }

    @Test
    void aCommentFormPostedWithAForgedCsrfTokenIsForbidden() {
        BrowserSession browser = new BrowserSession(platform.gatewayUrl());
        signInAsCitizen(browser);
        FormElement commentForm = browser.open("/forums/" + ALMATY).form(COMMENT_FORM);
        Element csrf = csrfField(commentForm);
        assertNotNull(csrf, "comment form without a CSRF field:\n" + commentForm.outerHtml());
        String text = "Forged comment " + UUID.randomUUID();

        BrowserSession.Page refused = browser.submit(commentForm,
                Map.of(textField(commentForm), text, csrf.attr("name"), "forged"));

        assertEquals(403, refused.status(), refused.body());
        assertFalse(browser.open("/forums/" + ALMATY).document().text().contains(text), "the forged comment was stored");
    }

    /** Follows /login to Keycloak's own login page, types the demo citizen's password, and comes back. */
    private static void signInAsCitizen(BrowserSession browser) {
        BrowserSession.Page keycloakLogin = browser.open("/login");
        assertEquals(platform.keycloakUrl(), origin(keycloakLogin), "login did not lead to Keycloak");
        FormElement loginForm = keycloakLogin.form("form#kc-form-login");

        BrowserSession.Page back = browser.submit(loginForm, Map.of("username", "citizen", "password", "citizen"));

        assertEquals(platform.gatewayUrl(), origin(back), "Keycloak did not send the browser back:\n" + back.body());
    }

    /** Signed in means the page offers signing out and no longer offers signing in. */
    private static boolean signedIn(BrowserSession.Page page) {
        boolean signOut = !page.document().select("form[action='/logout']").isEmpty();
        boolean signIn = !page.document().select("a[href^='/login']").isEmpty();
        return signOut && !signIn;
    }

    /**
     * Tokens stay in the gateway: no cookie the browser keeps carries anything token-like, and no
     * cookie the gateway ever set carries a readable JWT (the short-lived q_auth login-state cookie
     * holds quarkus-oidc's encrypted PKCE verifier, a JWE, and is cleared on return from Keycloak).
     */
    private static void assertNoTokensInCookies(BrowserSession browser) {
        assertTrue(browser.liveGatewayCookies().stream().anyMatch(cookie -> cookie.getName().equals("q_session")),
                "no session cookie after login: " + browser.cookiesSetByGateway());
        for (HttpCookie cookie : browser.liveGatewayCookies()) {
            assertFalse(TOKEN_LIKE.matcher(cookie.getValue()).find(),
                    "cookie " + cookie.getName() + " looks like a token: " + cookie.getValue());
        }
        for (String setCookie : browser.cookiesSetByGateway()) {
            assertFalse(SIGNED_JWT.matcher(setCookie).find(), "the gateway set a JWT in a cookie: " + setCookie);
        }
    }

    private static Element csrfField(FormElement form) {
        return form.selectFirst("input[type=hidden][name*=csrf]");
    }

    private static String textField(FormElement form) {
        Element textarea = form.selectFirst("textarea[name]");
        assertNotNull(textarea, "comment form without a text area:\n" + form.outerHtml());
        return textarea.attr("name");
    }

    private static String origin(BrowserSession.Page page) {
        return page.uri().getScheme() + "://" + page.uri().getAuthority();
    }
}
