package org.pikir.events.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.HttpEdges;
import org.pikir.platform.testing.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The answers at the edge of the HTTP layer: odd Accept headers, wrong methods and JSON strings that are not text. */
@QuarkusTest
class HttpEdgesTest {

    @Test
    void aMalformedAcceptHeaderIsAClientErrorNotAServerError() {
        HttpEdges.malformedAcceptIsNeverAServerError(List.of("/no/such/path", "/api/events",
                "/api/events/no-such-forum", "/api/events/almaty-2026-02-25-constitutional-reform/participants"));
    }

    @Test
    void anUnsupportedMethodOnAnExistingPathIs405WithAllow() {
        given().when().delete("/api/events")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("GET"))
                .header("Allow", containsString("POST"));
        given().when().patch("/api/events/almaty-2026-02-25-constitutional-reform")
                .then().statusCode(405)
                .header("Allow", containsString("GET"))
                .header("Allow", containsString("PUT"));
        given().when().delete("/api/events/no-such-path/at/all")
                .then().statusCode(404);
    }

    @Test
    void aLoneSurrogateInAJsonStringIsRefusedNamingTheField() {
        String slug = "surrogate-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"slug\":\"%s\",\"title\":{\"ru\":\"Слушания \\ud800\"},\"city\":\"Астана\",\"date\":\"2027-05-20\"}"
                        .formatted(slug))
                .when().post("/api/events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title.ru"));
        given().when().get("/api/events/" + slug).then().statusCode(404);
    }

    @Test
    void aSurrogatePairStaysAnEmoji() {
        String slug = "emoji-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"slug\":\"%s\",\"title\":{\"ru\":\"Слушания \\ud83d\\ude00 🎉\"},\"city\":\"Астана\",\"date\":\"2027-05-20\"}"
                        .formatted(slug))
                .when().post("/api/events")
                .then().statusCode(201)
                .body("title.ru", equalTo("Слушания \uD83D\uDE00 🎉"));
    }
}
