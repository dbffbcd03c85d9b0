package org.pikir.platform.testing.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every operation the running service publishes in its OpenAPI document, so that access tests
 * walk the real API surface and a new endpoint cannot be added without being listed in them.
 */
public final class ApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private ApiOperations() {
    }

    /**
     * Calls {@code operation} as the holder of {@code token} (none when {@code null}) with a minimal body of the media
     * type it declares, so that what answers is the access check, not content negotiation.
     */
    public static Response call(ApiOperation operation, String token, Map<String, String> pathValues) {
        RequestSpecification request = RestAssured.given().redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (operation.consumes() != null && operation.consumes().startsWith("multipart/")) {
            request.multiPart("probe", "probe");
        } else if (operation.consumes() != null) {
            request.contentType(operation.consumes()).body("{}");
        }
        return request.when().request(operation.method(), operation.path(pathValues));
    }

    public static List<ApiOperation> published(String prefix) {
        String document = RestAssured.given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        try {
            JsonNode paths = new ObjectMapper().readTree(document).path("paths");
            List<ApiOperation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                if (!path.getKey().startsWith(prefix)) {
                    continue;
                }
                path.getValue().fields().forEachRemaining(operation -> {
                    if (METHODS.contains(operation.getKey())) {
                        Iterator<String> media = operation.getValue().path("requestBody").path("content").fieldNames();
                        operations.add(new ApiOperation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                                media.hasNext() ? media.next() : null));
                    }
                });
            }
            return operations;
        } catch (IOException e) {
            throw new AssertionError("the OpenAPI document is not JSON", e);
        }
    }
}
