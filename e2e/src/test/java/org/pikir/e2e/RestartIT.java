package org.pikir.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.withArgs;
import static org.hamcrest.Matchers.equalTo;
import static org.pikir.e2e.EventsApiIT.ALMATY;

/** Comments are kept in feedback-service's own PostgreSQL data directory, so they outlive the process. */
@ExtendWith(PlatformExtension.class)
class RestartIT {

    private static Platform platform;

    @BeforeAll
    static void platform(Platform started) {
        platform = started;
    }

    @Test
    void aCommentSurvivesARestartOfFeedbackService() {
        String body = "Before the restart " + UUID.randomUUID();
        Number id = given().baseUri(platform.gatewayUrl())
                .auth().oauth2(platform.accessToken("citizen"))
                .contentType(ContentType.JSON)
                .body(Map.of("eventSlug", ALMATY, "body", body, "language", "kk"))
                .post("/api/feedback/comments")
                .then().statusCode(201)
                .extract().path("id");

        platform.restartFeedbackService();

        given().baseUri(platform.gatewayUrl())
                .queryParam("event", ALMATY)
                .queryParam("size", 100)
                .get("/api/feedback/comments")
                .then().statusCode(200)
                .body("items.find { it.id == %s }.body", withArgs(id), equalTo(body));
    }
}
