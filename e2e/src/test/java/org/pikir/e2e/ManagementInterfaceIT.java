package org.pikir.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged services, as run in production: health and metrics only on each one's management interface, never
 * on the port the public (or the gateway's forwarding) reaches; the OpenAPI documents stay public.
 */
@ExtendWith(PlatformExtension.class)
class ManagementInterfaceIT {

    private static final List<String> OPERATIONS = List.of(
            "/q/health", "/q/health/live", "/q/health/ready", "/q/health/started", "/q/metrics");

    private static Platform platform;

    @BeforeAll
    static void platform(Platform started) {
        platform = started;
    }

    @Test
    void noServiceAnswersHealthOrMetricsOnItsPublicPort() {
        List<String> answered = new ArrayList<>();
        for (Platform.ServiceAddresses service : platform.serviceAddresses()) {
            for (String path : OPERATIONS) {
                int status = given().get(service.publicUrl() + path).statusCode();
                if (status != 404) {
                    answered.add(service.name() + " " + path + ": " + status);
                }
            }
        }
        assertTrue(answered.isEmpty(), "answered on the public port: " + answered);
    }

    @Test
    void everyServiceAnswersHealthAndMetricsOnItsManagementInterface() {
        for (Platform.ServiceAddresses service : platform.serviceAddresses()) {
            given().get(service.managementUrl() + "/q/health/ready")
                    .then().statusCode(200)
                    .body("status", equalTo("UP"));
            given().get(service.managementUrl() + "/q/health/live")
                    .then().statusCode(200);
            given().get(service.managementUrl() + "/q/metrics")
                    .then().statusCode(200)
                    .body(containsString("jvm_memory_used_bytes"));
        }
    }

    @Test
    void theGatewayAsksTheServicesOnTheirManagementInterfaces() {
        Platform.ServiceAddresses gateway = platform.serviceAddresses().stream()
                .filter(service -> service.name().equals("gateway")).findFirst().orElseThrow();
        given().get(gateway.managementUrl() + "/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'feedback-service' }.data.url",
                        equalTo(platform.feedbackManagementUrl() + "/q/health/ready"));
    }

    @Test
    void theOpenApiDocumentsStayOnThePublicPorts() {
        for (Platform.ServiceAddresses service : platform.serviceAddresses()) {
            given().get(service.publicUrl() + "/q/openapi")
                    .then().statusCode(200)
                    .body(containsString("Pikir " + service.name()));
        }
        // the gateway merges both services' documents, fetched from their public ports
        given().get(platform.gatewayUrl() + "/openapi/combined.json")
                .then().statusCode(200)
                .body(containsString("/api/feedback/comments"))
                .body(not(containsString("x-pikir-unavailable")));
    }
}
