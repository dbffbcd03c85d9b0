package org.pikir.gateway.openapi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;
import org.pikir.platform.testing.openapi.OpenApiLint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CombinedOpenApiTest {

    private static final String EVENTS = """
            {"openapi":"3.0.3","info":{"title":"events","version":"1.2.0"},
             "paths":{"/api/events":{"get":{"responses":{"200":{"content":{"application/json":
                {"schema":{"$ref":"#/components/schemas/Page"}}}}}}}},
             "components":{"schemas":{
                "Page":{"type":"object","properties":{"items":{"type":"array"}}},
                "Problem":{"type":"object","properties":{"status":{"type":"integer"}}}},
              "securitySchemes":{"SecurityScheme":{"type":"http","scheme":"bearer"}}},
             "tags":[{"name":"Events"}]}
            """;
    private static final String FEEDBACK = """
            {"openapi":"3.0.3","info":{"title":"feedback","version":"1.2.0"},
             "paths":{"/api/feedback/comments":{"post":{"requestBody":{"content":{"application/json":
                {"schema":{"$ref":"#/components/schemas/Page"}}}},"responses":{"201":{"description":"ok"}}}}},
             "components":{"schemas":{
                "Page":{"type":"object","properties":{"cursor":{"type":"string"}}},
                "Problem":{"type":"object","properties":{"status":{"type":"integer"}}}}},
             "tags":[{"name":"Comments"}]}
            """;

    @Test
    void bothServicesPathsAndSchemasAreInOneDocument() {
        serve(EVENTS, FEEDBACK);

        given().when().get("/openapi/combined.json")
                .then().statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("Pikir API"))
                .body("info.version", equalTo("1.2.0"))
                .body("paths", hasKey("/api/events"))
                .body("paths", hasKey("/api/feedback/comments"))
                .body("components.securitySchemes", hasKey("SecurityScheme"))
                .body("tags.name", hasItem("Events"))
                .body("tags.name", hasItem("Comments"))
                .body("x-pikir-unavailable", nullValue());
    }

    @Test
    void aSchemaNameBothDefineDifferentlyIsKeptApartAndItsReferencesFollow() {
        serve(EVENTS, FEEDBACK);

        given().when().get("/openapi/combined.json")
                .then().statusCode(200)
                // same name, same content: one schema
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", not(hasKey("events.Problem")))
                // same name, other content: one per service
                .body("components.schemas", not(hasKey("Page")))
                .body("components.schemas.'events.Page'.properties", hasKey("items"))
                .body("components.schemas.'feedback.Page'.properties", hasKey("cursor"))
                .body("paths.'/api/events'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/events.Page"))
                .body("paths.'/api/feedback/comments'.post.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/feedback.Page"));
    }

    @Test
    void aServiceThatDoesNotAnswerIsNamedAndTheOtherStillShown() {
        Stubs.events().register(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(503)));
        Stubs.feedback().register(get(urlPathEqualTo("/q/openapi"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(FEEDBACK)));

        given().when().get("/openapi/combined.json")
                .then().statusCode(200)
                .body("x-pikir-unavailable", hasItem("events-service"))
                .body("paths", hasKey("/api/feedback/comments"))
                .body("paths", not(hasKey("/api/events")))
                .body("components.schemas", hasKey("Page"));
    }

    @Test
    void theCombinedDocumentOfTwoLintedDocumentsPassesTheLintWithClashingComponentsKeptApart() throws Exception {
        serve(resource("events.json"), resource("feedback.json"));

        String combined = given().when().get("/openapi/combined.json").then().statusCode(200).extract().asString();

        assertEquals(List.of(), OpenApiLint.findings(combined));
        given().when().get("/openapi/combined.json")
                .then().body("openapi", equalTo("3.1.0"))
                .body("components.headers", hasKey("events.Location"))
                .body("components.headers", hasKey("feedback.Location"))
                .body("components.headers", hasKey("Retry-After"))
                .body("paths.'/api/feedback/comments'.post.responses.'201'.headers.Location.'$ref'",
                        equalTo("#/components/headers/feedback.Location"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CombinedOpenApiTest.class.getResourceAsStream("/openapi/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void serve(String events, String feedback) {
        Stubs.events().register(get(urlPathEqualTo("/q/openapi"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(events)));
        Stubs.feedback().register(get(urlPathEqualTo("/q/openapi"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(feedback)));
    }
}
