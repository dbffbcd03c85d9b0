package org.pikir.gateway.health;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessNamesEachServiceAndIsUpWhenTheyAre() {
        Stubs.events().register(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200)));
        Stubs.feedback().register(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200)));

        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("events-service", "feedback-service"));
    }

    @Test
    void livenessDoesNotDependOnTheServices() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        Stubs.forums();
        given().when().get("/")
                .then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void theOpenApiDocumentIsServed() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("Pikir gateway"));
    }
}
