package org.pikir.gateway.security;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forms reach a page only from this site: without the CSRF token, with another session's token, or sent by
 * another site (Origin or Sec-Fetch-Site say so) even with a valid token, a form is refused with the 403 page
 * and nothing is forwarded. A same-origin form, or one from a client that names no origin, goes through.
 * {@code /api/**} calls carry their own bearer token and are not subject to it.
 */
@QuarkusTest
class CrossSiteFormTest {

    private static final String REFUSED_TITLE = "This form could not be accepted";

    @TestHTTPResource("/")
    URI base;

    private String session;
    private PageForm form;

    @BeforeEach
    void aSignedInCitizenOnTheForumPage() {
        Stubs.forums();
        Stubs.feedback().register(post(urlPathEqualTo("/api/feedback/comments")).willReturn(Stubs.json(201, """
                {"id":77,"eventSlug":"%s","body":"ok","language":"ru","authorName":"Айгерим","status":"PUBLISHED",
                 "createdAt":"2026-03-03T10:00:00Z"}""".formatted(Stubs.ALMATY))));
        session = SignIn.asCitizen();
        form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/forums/" + Stubs.ALMATY));
    }

    @Test
    void aFormWithoutItsTokenOrWithAnotherSessionsIsRefused() {
        PageForm someoneElses = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen())
                .when().get("/forums/" + Stubs.ALMATY));
        Map<String, RequestSpecification> attempts = new LinkedHashMap<>();
        attempts.put("no token, no cookie", signedIn());
        attempts.put("cookie without token", signedIn().cookies(form.cookies()));
        attempts.put("token without cookie", signedIn().formParam("csrf-token", form.field("csrf-token")));
        attempts.put("forged token", signedIn().cookies(form.cookies())
                .formParam("csrf-token", "forged" + form.field("csrf-token")));
        attempts.put("another session's token", signedIn().cookies(form.cookies())
                .formParam("csrf-token", someoneElses.field("csrf-token")));
        assertRefused(attempts);
    }

    @Test
    void aFormSentByAnotherSiteIsRefusedEvenWithAValidToken() {
        Map<String, RequestSpecification> attempts = new LinkedHashMap<>();
        for (String origin : List.of("https://evil.example", "null", "http://localhost", "http://" + base.getHost()
                + ":" + (base.getPort() + 1), "https://" + base.getHost() + ":" + base.getPort() + ".evil.example",
                "http://" + base.getHost() + ":" + base.getPort() + "@evil.example", "not an origin")) {
            attempts.put("Origin: " + origin, withToken().header("Origin", origin));
            attempts.put("Origin: " + origin + " without token", signedIn().header("Origin", origin));
        }
        for (String site : List.of("cross-site", "same-site", "CROSS-SITE", "")) {
            attempts.put("Sec-Fetch-Site: " + site, withToken().header("Sec-Fetch-Site", site));
        }
        // a browser that says cross-site is believed over an Origin that looks like ours
        attempts.put("cross-site with our Origin", withToken().header("Sec-Fetch-Site", "cross-site").header("Origin", own()));
        assertRefused(attempts);
    }

    @Test
    void aFormFromThisSiteOrFromAClientThatNamesNoOriginGoesThrough() {
        Map<String, RequestSpecification> attempts = new LinkedHashMap<>();
        attempts.put("same origin", withToken().header("Origin", own()));
        attempts.put("same origin, same-origin fetch", withToken().header("Origin", own()).header("Sec-Fetch-Site", "same-origin"));
        attempts.put("typed by the user", withToken().header("Sec-Fetch-Site", "none"));
        attempts.put("no origin at all", withToken());
        attempts.put("behind a proxy", withToken().header("Origin", "https://pikir.example").header("X-Forwarded-Host", "pikir.example"));
        for (Map.Entry<String, RequestSpecification> attempt : attempts.entrySet()) {
            String marker = "accepted " + attempt.getKey() + " " + UUID.randomUUID();
            Response response = attempt.getValue().formParam("body", marker).formParam("language", "ru")
                    .when().post("/forums/" + Stubs.ALMATY + "/comments");
            assertEquals(303, response.statusCode(), attempt.getKey() + ": " + response.asString());
            Stubs.feedback().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/feedback/comments"))
                    .withRequestBody(containing(marker)));
        }
    }

    @Test
    void signingOutFromAnotherSiteIsRefusedAndTheSessionStays() {
        PageForm home = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/"));
        given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session).cookies(home.cookies())
                .header("Origin", "https://evil.example").header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", home.field("csrf-token"))
                .when().post("/logout")
                .then().statusCode(403);
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get("/")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("Signed in as"));
    }

    @Test
    void apiCallsWithTheirOwnTokenAreNotFormsAndAreForwarded() {
        String path = "/api/feedback/cross-site-" + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(path)).willReturn(Stubs.json(201, "{\"id\":1}")));
        given().header("Authorization", "Bearer api-client-token").header("Origin", "https://app.example")
                .header("Sec-Fetch-Site", "cross-site").contentType("application/json").body("{}")
                .when().post(path)
                .then().statusCode(201);
        Stubs.feedback().verifyThat(1, postRequestedFor(urlPathEqualTo(path))
                .withHeader("Authorization", WireMock.equalTo("Bearer api-client-token")));
    }

    private void assertRefused(Map<String, RequestSpecification> attempts) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, RequestSpecification> attempt : attempts.entrySet()) {
            String marker = "refused " + attempt.getKey() + " " + UUID.randomUUID();
            Response response = attempt.getValue().formParam("body", marker).formParam("language", "ru")
                    .when().post("/forums/" + Stubs.ALMATY + "/comments");
            if (response.statusCode() != 403 || !response.contentType().startsWith("text/html")
                    || !response.asString().contains(REFUSED_TITLE)) {
                wrong.add(attempt.getKey() + ": " + response.statusCode() + " " + response.contentType());
            }
            if (!Stubs.feedback().find(postRequestedFor(urlPathEqualTo("/api/feedback/comments"))
                    .withRequestBody(containing(marker))).isEmpty()) {
                wrong.add(attempt.getKey() + ": the comment was forwarded");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private String own() {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    private RequestSpecification signedIn() {
        return given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private RequestSpecification withToken() {
        return signedIn().cookies(form.cookies()).formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", UUID.randomUUID().toString());
    }
}
