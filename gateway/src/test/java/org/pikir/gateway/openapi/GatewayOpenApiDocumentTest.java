package org.pikir.gateway.openapi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.openapi.OpenApiDocuments;
import org.pikir.platform.testing.openapi.OpenApiLint;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The gateway's own OpenAPI document passes the build's lint and describes what programs call on the gateway itself;
 * its web pages (HTML, forms) are not an API and stay out, with the template engine's types.
 */
@QuarkusTest
class GatewayOpenApiDocumentTest {

    @Test
    void theDocumentPassesTheLint() {
        assertEquals(List.of(), OpenApiLint.findings(OpenApiDocuments.served()));
    }

    @Test
    void itDescribesTheCombinedDocumentAndNoPages() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Pikir gateway"))
                .body("paths", hasKey("/openapi/combined.json"))
                .body("paths", not(hasKey("/forums/{slug}")))
                .body(not(containsString("TemplateInstance")));
    }
}
