package org.pikir.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Forum events through the gateway, with tokens from the real Keycloak. */
@ExtendWith(PlatformExtension.class)
class EventsApiIT {

    static final String ALMATY = "almaty-2026-02-25-constitutional-reform";

    private static Platform platform;

    @BeforeAll
    static void platform(Platform started) {
        platform = started;
    }

    @Test
    void listsTheAlmatyForum() {
        gateway()
                .queryParam("size", 100)
                .get("/api/events")
                .then().statusCode(200)
                .body("items.slug", hasItem(ALMATY));
    }

    @Test
    void showsTheAlmatyForum() {
        gateway()
                .get("/api/events/{slug}", ALMATY)
                .then().statusCode(200)
                .body("slug", equalTo(ALMATY))
                .body("title.ru", equalTo("Конституционная реформа – основа долгосрочного развития страны"))
                .body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aCitizenMayNotCreateEvents() {
        gateway()
                .auth().oauth2(platform.accessToken("citizen"))
                .contentType(ContentType.JSON)
                .body(draft(uniqueSlug()))
                .post("/api/events")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void anEditorCreatesADraftThatOnlyEditorsSee() {
        String slug = uniqueSlug();
        String editorToken = platform.accessToken("editor");

        gateway()
                .auth().oauth2(editorToken)
                .contentType(ContentType.JSON)
                .body(draft(slug))
                .post("/api/events")
                .then().statusCode(201)
                .body("slug", equalTo(slug))
                .body("status", equalTo("DRAFT"));

        gateway().auth().oauth2(editorToken)
                .get("/api/events/{slug}", slug)
                .then().statusCode(200)
                .body("title.en", equalTo("E2E draft " + slug));
        gateway()
                .get("/api/events/{slug}", slug)
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    private static RequestSpecification gateway() {
        return given().baseUri(platform.gatewayUrl());
    }

    private static String uniqueSlug() {
        return "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> draft(String slug) {
        return Map.of(
                "slug", slug,
                "title", Map.of("en", "E2E draft " + slug, "ru", "Черновик " + slug),
                "city", "Astana",
                "date", "2026-12-01");
    }

    @Test
    void theGatewayShowsBothServicesApisInOneOpenApiDocument() {
        given().baseUri(platform.gatewayUrl()).get("/openapi/combined.json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/events/{slug}"))
                .body("paths", hasKey("/api/feedback/comments"))
                .body("paths", hasKey("/api/feedback/review/recommendations/{id}/answer"))
                .body("x-pikir-unavailable", nullValue());
    }
}
