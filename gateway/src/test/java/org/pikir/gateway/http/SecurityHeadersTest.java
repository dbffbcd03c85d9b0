package org.pikir.gateway.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import java.net.URI;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SecurityHeadersTest {

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        Stubs.events().register(get(urlPathEqualTo("/api/events/headers-check")).willReturn(aResponse().withStatus(200)));
    }

    private static String expectedPolicy() {
        URI keycloak = URI.create(Stubs.identityUrl());
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
                + "form-action 'self' http://" + keycloak.getHost() + ":" + keycloak.getPort() + "; base-uri 'self'";
    }

    private static void hasSecurityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", expectedPolicy())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        hasSecurityHeaders(given().when().get("/").then().statusCode(200));
        hasSecurityHeaders(given().when().get("/forums/no-such-forum").then().statusCode(404));
    }

    @Test
    void forwardedApiAnswersCarryTheSecurityHeaders() {
        hasSecurityHeaders(given().when().get("/api/events/headers-check").then().statusCode(200));
    }

    @Test
    void theRedirectToSignInCarriesTheSecurityHeaders() {
        hasSecurityHeaders(given().redirects().follow(false).when().get("/login").then().statusCode(302));
    }

    @Test
    void corsStaysClosed() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/feedback/comments")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example")
                .when().get("/")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
