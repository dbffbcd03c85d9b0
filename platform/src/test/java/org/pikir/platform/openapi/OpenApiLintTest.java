package org.pikir.platform.openapi;

import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.openapi.OpenApiLint;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lint passes a document that keeps the conventions and names each way one can break them. */
class OpenApiLintTest {

    private static final String COMPONENTS = """
            "components": {
              "schemas": {
                "Problem": {"type": "object", "properties": {"type": {"type": "string"}, "errors": {"type": "array",
                  "items": {"$ref": "#/components/schemas/FieldError"}}}},
                "FieldError": {"type": "object", "properties": {"field": {"type": "string"}}},
                "Thing": {"type": "object", "properties": {"id": {"type": "integer"}}}
                %s
              },
              "headers": {"Location": {"schema": {"type": "string"}}, "Retry-After": {"schema": {"type": "integer"}}},
              "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}
            }""";

    private static final String PROBLEM = """
            {"description": "x", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}""";

    private static String document(String paths, String extraSchemas) {
        return """
                {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
                 "paths": %s,
                 %s}""".formatted(paths, COMPONENTS.formatted(extraSchemas));
    }

    private static String create(String operationId, String created, String errorResponse) {
        return """
                {"/things": {"post": {"operationId": "%s",
                   "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                   "responses": {%s, "400": %s, "401": %s, "403": %s, "429": %s},
                   "security": [{"bearer": []}]}},
                 "/things/{id}": {"get": {"operationId": "thingGet",
                   "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                   "responses": {"200": {"description": "ok"}}}}}""".formatted(operationId, created, PROBLEM, PROBLEM,
                PROBLEM, errorResponse);
    }

    private static final String CREATED = """
            "201": {"description": "made", "headers": {"Location": {"$ref": "#/components/headers/Location"}}}""";
    private static final String RATE_LIMITED = """
            {"description": "slow down", "headers": {"Retry-After": {"$ref": "#/components/headers/Retry-After"}},
             "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}""";

    @Test
    void aDocumentThatKeepsTheConventionsHasNoFindings() {
        assertEquals(List.of(), OpenApiLint.findings(document(create("thingCreate", CREATED, RATE_LIMITED), "")));
    }

    @Test
    void eachBrokenConventionIsNamed() {
        String broken = document(create("thing_create", """
                "200": {"description": "made"}""", "{\"description\": \"slow down\"}"), """
                , "RoutingContext": {"type": "object"}, "List": {"type": "array"}""");

        List<String> findings = OpenApiLint.findings(broken);

        assertHas(findings, "POST /things: operationId 'thing_create' is not camelCase");
        assertHas(findings, "POST /things: a POST that creates must document 201");
        assertHas(findings, "POST /things: 429 must be application/problem+json");
        assertHas(findings, "POST /things: 429 must declare the Retry-After header");
        assertHas(findings, "schema RoutingContext is a type of the HTTP stack");
        assertHas(findings, "schema at /components/schemas/List is an array without items");
    }

    @Test
    void missingOperationIdsDuplicatesUndeclaredSchemesAndBadReferencesAreFound() {
        String paths = create("thingGet", CREATED, RATE_LIMITED)
                .replace("\"bearer\": []", "\"oauth\": []")
                .replace("#/components/schemas/Thing\"", "#/components/schemas/Nothing\"")
                .replace("\"parameters\": [{\"name\": \"id\"", "\"parameters\": [{\"name\": \"key\"");

        List<String> findings = OpenApiLint.findings(document(paths, ""));

        assertHas(findings, "GET /things/{id}: operationId 'thingGet' is also that of POST /things");
        assertHas(findings, "security scheme oauth is named by operations but not declared");
        assertHas(findings, "structure: ");
        assertHas(findings, "GET /things/{id}: path parameters declared [key] but the path has [id]");
    }

    @Test
    void aWriteWithoutAuthenticationAnswersIsFound() {
        String paths = create("thingCreate", CREATED, RATE_LIMITED).replace(", \"401\": " + PROBLEM, "");

        assertHas(OpenApiLint.findings(document(paths, "")), "POST /things: a write must document 401 and 403");
    }

    private static void assertHas(List<String> findings, String start) {
        assertTrue(findings.stream().anyMatch(f -> f.startsWith(start)), "no finding '" + start + "' in " + findings);
    }
}
