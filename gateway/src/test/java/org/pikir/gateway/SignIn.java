package org.pikir.gateway;

import io.restassured.response.Response;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks the browser's part of the authorization code flow against {@link StubIdentityProvider}:
 * /login, the redirect to the provider, and the provider's redirect back with a code.
 */
public final class SignIn {

    public static final String SESSION_COOKIE = "q_session";
    /** What the session cookie holds: the database token state manager's row id (sign-in second and a random UUID). */
    public static final String SESSION_ID = "[0-9]{10}[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");

    private SignIn() {
    }

    /** The provider's authorization URL the gateway sends the browser to, and the state cookies it set. */
    public record Challenge(URI location, Map<String, String> cookies, String state) {
    }

    public static Challenge start(String next) {
        Response response = given().redirects().follow(false)
                .queryParam("next", next)
                .when().get("/login");
        assertEquals(302, response.statusCode(), "sign-in must redirect to the identity provider");
        String location = response.header("Location");
        Matcher state = STATE.matcher(location);
        assertTrue(state.find(), "the authorization request carries a state: " + location);
        return new Challenge(URI.create(location), response.cookies(), state.group(1));
    }

    /** The full sign-in; returns the callback response that sets the session cookie. */
    public static Response complete(Challenge challenge) {
        return complete(challenge, "stub-code");
    }

    private static Response complete(Challenge challenge, String code) {
        Response callback = given().redirects().follow(false)
                .cookies(challenge.cookies())
                .queryParam("code", code)
                .queryParam("state", challenge.state())
                .when().get("/login");
        assertEquals(302, callback.statusCode(), "the callback ends with a redirect to the page asked for");
        assertNotNull(callback.cookie(SESSION_COOKIE), "the callback sets the session cookie");
        return callback;
    }

    /** Signs the stub citizen in and returns the session cookie's value. */
    public static String asCitizen() {
        return complete(start("/")).cookie(SESSION_COOKIE);
    }

    /** The access token the stub identity provider gives {@code user}, as the gateway relays it to the services. */
    public static String accessTokenOf(String user) {
        return given().formParam("code", "citizen".equals(user) ? "stub-code" : "as-" + user)
                .post(Stubs.identityUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** Signs out through the page's sign-out form (with its CSRF token), as a browser does; the answer is the redirect. */
    public static Response signOut(String session) {
        PageForm form = PageForm.of(given().cookie(SESSION_COOKIE, session).when().get("/"));
        return given().redirects().follow(false)
                .cookie(SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .when().post("/logout");
    }

    /**
     * Signs in one of the stub identity provider's demo users — {@code citizen2}, {@code moderator},
     * {@code editor}, {@code admin} — with their realm roles, and returns the session cookie's value.
     */
    public static String as(String user) {
        return complete(start("/"), "as-" + user).cookie(SESSION_COOKIE);
    }
}
