package org.pikir.feedback;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Health and metrics are served on the management interface only; the public port answers 404 for them and still
 * serves what API clients need: the OpenAPI document and Swagger UI.
 */
@QuarkusTest
class ManagementInterfaceTest {

    private static final List<String> OPERATIONS = List.of(
            "/q/health", "/q/health/live", "/q/health/ready", "/q/health/started", "/q/metrics");

    // the management interface's root (/q/ on its own port); the paths below are asked from that port's origin
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void thePublicPortDoesNotServeHealthOrMetrics() {
        for (String path : OPERATIONS) {
            given().when().get(path)
                    .then().statusCode(404)
                    .body(not(containsString("\"checks\"")))
                    .body(not(containsString("jvm_memory")));
        }
    }

    @Test
    void theManagementPortServesHealthAndMetrics() {
        for (String path : List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/health/started")) {
            given().port(management.getPort()).when().get(path)
                    .then().statusCode(200)
                    .body("status", equalTo("UP"));
        }
        // the public port's answers are counted (the operations endpoints are not)
        given().when().get("/api/feedback/no-such-thing").then().statusCode(404);
        given().port(management.getPort()).when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void thePublicPortKeepsTheApiDocuments() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("Pikir feedback-service"));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
        given().port(management.getPort()).when().get("/q/openapi")
                .then().statusCode(404);
    }
}
