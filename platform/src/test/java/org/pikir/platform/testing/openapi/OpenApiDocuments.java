package org.pikir.platform.testing.openapi;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document the service under test serves, as JSON: linted, or for checks of its own. */
public final class OpenApiDocuments {

    private OpenApiDocuments() {
    }

    public static ValidatableResponse served() {
        return RestAssured.given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200);
    }

    public static void assertPassesTheLint() {
        List<String> findings = OpenApiLint.findings(served().extract().asString());
        assertTrue(findings.isEmpty(), "OpenAPI lint findings:\n" + String.join("\n", findings));
    }
}
