package org.pikir.gateway.health;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import java.net.URL;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * Health and metrics are on the gateway's management interface only (the readiness answer names the services'
 * internal URLs); the public port answers 404 for them and keeps the OpenAPI document.
 */
@QuarkusTest
class OperationsTest {

    // the management interface's root (/q/ on its own port); paths are asked from that port's origin
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private RequestSpecification managementPort() {
        return given().port(management.getPort());
    }

    @Test
    void readinessAsksEachServiceOnItsManagementInterfaceAndIsUpWhenTheyAre() {
        Stubs.eventsManagement().register(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200)));
        Stubs.feedbackManagement().register(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200)));

        managementPort().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("events-service", "feedback-service"))
                .body("checks.find { it.name == 'events-service' }.data.url",
                        equalTo(setting("pikir.gateway.events-management-url") + "/q/health/ready"));
        // the services' public ports serve no health any more
        Stubs.events().verifyThat(0, getRequestedFor(urlPathEqualTo("/q/health/ready")));
        Stubs.feedback().verifyThat(0, getRequestedFor(urlPathEqualTo("/q/health/ready")));
    }

    @Test
    void livenessDoesNotDependOnTheServices() {
        managementPort().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        Stubs.forums();
        given().when().get("/")
                .then().statusCode(200);
        managementPort().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void thePublicPortServesNoHealthOrMetrics() {
        for (String path : List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/health/started", "/q/metrics")) {
            given().when().get(path)
                    .then().statusCode(404)
                    .body(not(containsString("\"checks\"")))
                    .body(not(containsString("jvm_memory")));
        }
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiStayOnThePublicPort() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("Pikir gateway"));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200);
    }

    private static String setting(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }
}
