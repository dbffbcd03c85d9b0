package org.pikir.gateway.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Behind a TLS-terminating proxy configured as gateway/README.md says ({@code quarkus.http.proxy.proxy-address-forwarding}),
 * a request the proxy marks {@code X-Forwarded-Proto: https} gets HSTS, and every cookie gets Secure.
 */
@QuarkusTest
@TestProfile(BehindTlsProxyTest.TlsTerminatingProxy.class)
class BehindTlsProxyTest {

    public static class TlsTerminatingProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1",
                    "pikir.gateway.public-url", "https://pikir.example");
        }
    }

    @BeforeEach
    void everyRequestComesThroughTheProxy() {
        Stubs.forums();
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("X-Forwarded-Proto", "https").build();
    }

    @AfterEach
    void plainAgain() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void httpsAnswersCarryHsts() {
        for (String path : new String[] {"/", "/forums/" + Stubs.ALMATY, "/no/such/address", "/login", "/css/pikir.css"}) {
            Response response = given().redirects().follow(false).when().get(path);
            assertEquals("max-age=31536000", response.header("Strict-Transport-Security"), path);
        }
    }

    @Test
    void plainHttpThroughTheSameProxyHasNoHsts() {
        RestAssured.requestSpecification = null;
        given().header("X-Forwarded-Proto", "http").when().get("/")
                .then().header("Strict-Transport-Security", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void everyCookieIsSecure() {
        SignIn.Challenge challenge = SignIn.start("/");
        Response login = given().redirects().follow(false).queryParam("next", "/").when().get("/login");
        secure(Cookies.startingWith(login, "q_auth"));
        Response callback = SignIn.complete(challenge);
        Cookies.SetCookie session = Cookies.named(callback, SignIn.SESSION_COOKIE);
        secure(session);
        Response page = given().queryParam("lang", "en").cookie(SignIn.SESSION_COOKIE, session.value())
                .when().get("/forums/" + Stubs.ALMATY);
        secure(Cookies.named(page, "csrf-token"));
        secure(Cookies.named(page, "pikir_lang"));
    }

    @Test
    void redirectsGoToThePublicAddress() {
        Response back = given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen())
                .queryParam("next", "/forums/" + Stubs.ALMATY).when().get("/login");
        assertEquals("https://pikir.example/forums/" + Stubs.ALMATY, back.header("Location"));
    }

    @Test
    void theSignInRedirectNamesThePublicAddressWhateverHostTheRequestNamed() {
        Response toKeycloak = given().redirects().follow(false).header("Host", "evil.example")
                .queryParam("next", "/").when().get("/login");
        assertEquals(302, toKeycloak.statusCode());
        String location = toKeycloak.header("Location");
        assertTrue(location.contains("redirect_uri=https%3A%2F%2Fpikir.example%2Flogin"), location);
        assertTrue(!location.contains("evil.example"), location);
    }

    private static void secure(Cookies.SetCookie cookie) {
        assertTrue(cookie.has("Secure"), cookie.name() + " is not Secure: " + cookie.attributes());
        CookieFlagsTest.hostOnlyHttpOnly(cookie);
    }
}
