package org.pikir.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.withArgs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.pikir.e2e.EventsApiIT.ALMATY;

/** Citizen comments through the gateway: a real Keycloak token, events-service's window check, feedback's database. */
@ExtendWith(PlatformExtension.class)
class CommentsApiIT {

    private static Platform platform;

    @BeforeAll
    static void platform(Platform started) {
        platform = started;
    }

    @Test
    void aCitizenCommentIsListedUnderTheAuthorsName() {
        String body = "E2E comment " + UUID.randomUUID();
        // the public name is the pseudonym of the citizen's profile, never the user name or e-mail
        String pseudonym = gateway()
                .auth().oauth2(platform.accessToken("citizen"))
                .get("/api/feedback/me")
                .then().statusCode(200)
                .extract().path("displayName");

        Number id = gateway()
                .auth().oauth2(platform.accessToken("citizen"))
                .contentType(ContentType.JSON)
                .body(Map.of("eventSlug", ALMATY, "body", body, "language", "ru"))
                .post("/api/feedback/comments")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("authorName", equalTo(pseudonym))
                .extract().path("id");

        gateway()
                .queryParam("event", ALMATY)
                .queryParam("size", 100)
                .get("/api/feedback/comments")
                .then().statusCode(200)
                .body("items.find { it.id == %s }.body", withArgs(id), equalTo(body))
                .body("items.find { it.id == %s }.authorName", withArgs(id), equalTo(pseudonym));
    }

    @Test
    void commentingWithoutATokenIsRefused() {
        gateway()
                .contentType(ContentType.JSON)
                .body(Map.of("eventSlug", ALMATY, "body", "Anonymous " + UUID.randomUUID(), "language", "ru"))
                .post("/api/feedback/comments")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401));
    }

    private static RequestSpecification gateway() {
        return given().baseUri(platform.gatewayUrl());
    }
}
