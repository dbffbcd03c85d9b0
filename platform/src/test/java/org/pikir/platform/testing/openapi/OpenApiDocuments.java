package org.pikir.platform.testing.openapi;

import io.restassured.RestAssured;

/** The OpenAPI document the service under test serves, as JSON. */
public final class OpenApiDocuments {

    private OpenApiDocuments() {
    }

    public static String served() {
        return RestAssured.given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
    }
}
