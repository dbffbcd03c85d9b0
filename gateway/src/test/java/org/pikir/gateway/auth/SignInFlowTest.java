package org.pikir.gateway.auth;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SignInFlowTest {

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void signingInGoesToKeycloakWithPkceAndTheScopesAsked() {
        SignIn.Challenge challenge = SignIn.start("/forums/" + Stubs.ALMATY);

        String location = challenge.location().toString();
        assertThat(location, startsWith(Stubs.identityUrl() + "/protocol/openid-connect/auth?"));
        assertThat(location, containsString("client_id=pikir-gateway"));
        assertThat(location, containsString("response_type=code"));
        assertThat(location, containsString("code_challenge_method=S256"));
        assertThat(location, containsString("code_challenge="));
        assertThat(location, matchesPattern(".*scope=openid(\\+|%20)profile(\\+|%20)email.*"));
    }

    @Test
    void keycloaksLoginPageIsAskedForInTheVisitorsLanguage() {
        assertThat(loginRedirect(given().cookie("pikir_lang", "kk")), containsString("ui_locales=kk"));
        assertThat(loginRedirect(given().header("Accept-Language", "en-GB,en;q=0.9")), containsString("ui_locales=en"));
        assertThat(loginRedirect(given()), containsString("ui_locales=ru"));
    }

    @Test
    void afterSignInTheBrowserHoldsOnlyAnOpaqueSessionIdAndGoesWhereItWanted() {
        Response callback = SignIn.complete(SignIn.start("/forums/" + Stubs.ALMATY));
        String session = callback.cookie(SignIn.SESSION_COOKIE);

        assertThat("the random id of the stored tokens, not a token", session, matchesPattern(SignIn.SESSION_ID));
        String setCookie = callback.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SignIn.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(setCookie.toLowerCase(), containsString("httponly"));
        assertThat(setCookie.toLowerCase(), containsString("samesite=lax"));
        assertThat(callback.asString() + callback.headers(), not(containsString("eyJ")));

        String back = callback.header("Location");
        given().redirects().follow(false).urlEncodingEnabled(false).cookie(SignIn.SESSION_COOKIE, session)
                .when().get(back)
                .then().statusCode(303)
                .header("Location", endsWith("/forums/" + Stubs.ALMATY));
    }

    @Test
    void aSignInReturnsOnlyToPagesOfThisSite() {
        Response callback = SignIn.complete(SignIn.start("//evil.example/phish"));
        given().redirects().follow(false).urlEncodingEnabled(false)
                .cookie(SignIn.SESSION_COOKIE, callback.cookie(SignIn.SESSION_COOKIE))
                .when().get(callback.header("Location"))
                .then().statusCode(303)
                .header("Location", not(containsString("evil.example")));
    }

    @Test
    void pagesGreetTheSignedInUserAndOfferSignOut() {
        String session = SignIn.asCitizen();

        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("Signed in as Айгерим Test"))
                .body(containsString("action=\"/logout\""))
                .body(not(containsString(">Sign in</a>")));
    }

    @Test
    void apiCallsFromTheBrowserSessionCarryTheUsersAccessToken() {
        String session = SignIn.asCitizen();
        String path = "/api/events/relay-" + UUID.randomUUID();
        Stubs.events().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));

        given().cookie(SignIn.SESSION_COOKIE, session)
                .when().get(path)
                .then().statusCode(200);

        Stubs.events().verifyThat(getRequestedFor(urlPathEqualTo(path))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + stubAccessToken()))
                .withHeader("Cookie", absent()));
    }

    @Test
    void crossSiteApiCallsDoNotGetTheSessionsToken() {
        String session = SignIn.asCitizen();
        String path = "/api/feedback/relay-" + UUID.randomUUID();
        Stubs.feedback().register(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(401)));

        given().cookie(SignIn.SESSION_COOKIE, session)
                .header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.JSON).body("{}")
                .when().post(path)
                .then().statusCode(401);
        given().cookie(SignIn.SESSION_COOKIE, session)
                .header("Origin", "https://evil.example")
                .contentType(ContentType.JSON).body("{}")
                .when().post(path)
                .then().statusCode(401);

        Stubs.feedback().verifyThat(2, postRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", absent()));
    }

    @Test
    void aSignedInUserCommentsWithTheirTokenAndAnIdempotencyKeyThenSeesTheForumAgain() {
        String session = SignIn.asCitizen();
        Stubs.feedback().register(post(urlPathEqualTo("/api/feedback/comments")).willReturn(Stubs.json(201, """
                {"id":99,"eventSlug":"%s","body":"Мен қолдаймын","language":"kk","authorName":"Айгерим",
                 "status":"PUBLISHED","createdAt":"2026-03-03T10:00:00Z"}""".formatted(Stubs.ALMATY))));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session)
                .when().get("/forums/" + Stubs.ALMATY));

        given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("body", "Мен қолдаймын")
                .formParam("language", "kk")
                .when().post("/forums/" + Stubs.ALMATY + "/comments")
                .then().statusCode(303)
                .header("Location", endsWith("/forums/" + Stubs.ALMATY + "?sent=true"));

        List<LoggedRequest> sent = Stubs.feedback().find(postRequestedFor(urlPathEqualTo("/api/feedback/comments"))
                .withHeader("Idempotency-Key", WireMock.equalTo(form.field("idempotency-key"))));
        assertThat(sent, hasSize(1));
        assertThat(sent.get(0).getHeader("Authorization"), equalTo("Bearer " + stubAccessToken()));
        assertTrue(equalToJson("""
                {"eventSlug":"%s","body":"Мен қолдаймын","language":"kk"}""".formatted(Stubs.ALMATY))
                .match(sent.get(0).getBodyAsString()).isExactMatch(), sent.get(0).getBodyAsString());
    }

    @Test
    void anInvalidCommentShowsAnErrorSummaryLinkedToTheFieldAndKeepsTheText() {
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get("/forums/" + Stubs.ALMATY));

        String html = given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("body", "   ")
                .formParam("language", "xx")
                .when().post("/forums/" + Stubs.ALMATY + "/comments")
                .then().statusCode(400)
                .body(containsString("<title>Error: "))
                .body(containsString("There is a problem"))
                .body(containsString("<a href=\"#comment-body\">Enter your comment</a>"))
                .body(containsString("<a href=\"#comment-language\">Choose the language of your comment</a>"))
                .extract().asString();
        assertThat(html, containsString(">   </textarea>"));

        // the limit is feedback-service's: the gateway sends the text and shows the service's refusal on the field
        String tooLong = UUID.randomUUID() + "x".repeat(5001);
        Stubs.feedback().register(post(urlPathEqualTo("/api/feedback/comments")).withRequestBody(WireMock.containing(tooLong))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://pikir.org/problems/validation","title":"Invalid request","status":400,
                         "errors":[{"field":"body","message":"size must be between 0 and 5000"}]}""")));
        given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("body", tooLong)
                .formParam("language", "en")
                .when().post("/forums/" + Stubs.ALMATY + "/comments")
                .then().statusCode(400)
                .body(containsString("<a href=\"#comment-body\">Your comment must be 5000 characters or fewer</a>"))
                .body(containsString(tooLong + "</textarea>"));
        Stubs.feedback().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/feedback/comments"))
                .withRequestBody(WireMock.containing(tooLong)));
    }

    @Test
    void aClosedConsultationReportedByFeedbackServiceIsShownOnTheForm() {
        String session = SignIn.asCitizen();
        Stubs.feedback().register(post(urlPathEqualTo("/api/feedback/comments")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":409}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/forums/" + Stubs.ALMATY));

        given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "ru")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("idempotency-key", form.field("idempotency-key"))
                .formParam("body", "Поздно, но важно")
                .formParam("language", "ru")
                .when().post("/forums/" + Stubs.ALMATY + "/comments")
                .then().statusCode(409)
                .body(containsString("Обсуждение закрыто, комментарии больше не принимаются"))
                .body(containsString("Поздно, но важно</textarea>"));
    }

    @Test
    void signingOutEndsTheKeycloakSessionAndForgetsTheTokens() {
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/"));

        Response logout = given().redirects().follow(false)
                .cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .when().post("/logout");
        assertThat(logout.statusCode(), equalTo(303));
        assertThat(logout.header("Location"), endsWith("/"));
        assertThat(logout.headers().getValues("Set-Cookie").toString(), containsString(SignIn.SESSION_COOKIE + "=;"));

        Stubs.identity().verifyThat(postRequestedFor(urlPathEqualTo("/realms/pikir/protocol/openid-connect/logout"))
                .withRequestBody(WireMock.containing("refresh_token=stub-refresh-token"))
                .withRequestBody(WireMock.containing("client_id=pikir-gateway")));

        String path = "/api/events/after-logout-" + UUID.randomUUID();
        Stubs.events().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));
        given().cookie(SignIn.SESSION_COOKIE, session).when().get(path).then().statusCode(200);
        Stubs.events().verifyThat(getRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", absent()));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString(">Sign in</a>"));
    }

    @Test
    void signingOutNeedsTheCsrfToken() {
        String session = SignIn.asCitizen();

        given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("x", "y")
                .when().post("/logout")
                .then().statusCode(403);
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get("/")
                .then().body(containsString("Signed in as"));
    }

    private static String loginRedirect(RequestSpecification browser) {
        return browser.redirects().follow(false)
                .when().get("/login")
                .then().statusCode(302)
                .extract().header("Location");
    }

    private static String stubAccessToken() {
        return given().post(Stubs.identityUrl() + "/protocol/openid-connect/token").then().extract().path("access_token");
    }
}
