package org.pikir.gateway.http;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;
import org.pikir.platform.testing.HttpEdges;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The front door's answers to odd Accept headers and to methods a path does not take, for pages and the API alike. */
@QuarkusTest
class HttpEdgesTest {

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void aMalformedAcceptHeaderIsNeverAServerError() {
        HttpEdges.malformedAcceptIsNeverAServerError(List.of("/no/such/page", "/", "/forums/" + Stubs.ALMATY,
                "/forums/no-such-forum", "/api/no-such-service", "/api/events/" + Stubs.ALMATY, "/admin", "/login",
                "/q/openapi"));
    }

    @Test
    void aMalformedAcceptHeaderWithASessionIsNeverAServerError() {
        String session = SignIn.asCitizen();
        for (String accept : HttpEdges.MALFORMED_ACCEPT) {
            for (String path : List.of("/", "/no/such/page", "/me", "/forums/" + Stubs.ALMATY)) {
                int status = given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session)
                        .header("Accept", accept).when().get(path).statusCode();
                org.junit.jupiter.api.Assertions.assertTrue(status < 500, accept + " on " + path + ": " + status);
            }
        }
    }

    @Test
    void anUnsupportedMethodOnAPageIs405WithAllow() {
        given().redirects().follow(false).when().delete("/forums/" + Stubs.ALMATY)
                .then().statusCode(405)
                .header("Allow", containsString("GET"))
                .header("Allow", not(containsString("DELETE")));
        given().redirects().follow(false).when().put("/")
                .then().statusCode(405)
                .header("Allow", containsString("GET"));
        given().redirects().follow(false).when().delete("/no/such/page")
                .then().statusCode(404);
    }

    @Test
    void aServicesMethodRefusalComesThroughTheApiUnchanged() {
        Stubs.events().register(delete(urlPathEqualTo("/api/events")).willReturn(aResponse().withStatus(405)
                .withHeader("Allow", "GET, HEAD, OPTIONS, POST")
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":405,\"title\":\"Method Not Allowed\"}")));
        given().when().delete("/api/events")
                .then().statusCode(405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"))
                .body("status", equalTo(405));
    }
}
